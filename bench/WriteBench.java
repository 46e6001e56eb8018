import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.studyguide.html.HtmlOut;

/**
 * Times writing one page from its Jsoup tree: Jsoup's outerHtml() against HtmlOut, alternating in
 * rounds, each round writing the page ROUNDS_CALLS times with one and then the other. Prints each
 * writer's minimum and median time per page, and checks that both wrote the same. Run with the jar
 * on the class path, as the launcher runs Java (C1 only), e.g.:
 *   java -XX:TieredStopAtLevel=1 -cp target/studyguide.jar bench/WriteBench.java PAGE.html 40
 */
public final class WriteBench {
    private static final int ROUND_CALLS = 50;

    public static void main(String[] args) throws Exception {
        Document page = Jsoup.parse(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        page.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        int rounds = Integer.parseInt(args[1]);
        if (!HtmlOut.outerHtml(page).equals(page.outerHtml())) {
            throw new AssertionError("the writers differ on " + args[0]);
        }
        List<Double> jsoup = new ArrayList<>();
        List<Double> ours = new ArrayList<>();
        int sink = 0;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < ROUND_CALLS; i++) {
                sink += page.outerHtml().length();
            }
            long middle = System.nanoTime();
            for (int i = 0; i < ROUND_CALLS; i++) {
                sink += HtmlOut.outerHtml(page).length();
            }
            long end = System.nanoTime();
            jsoup.add((middle - start) / 1e6 / ROUND_CALLS);
            ours.add((end - middle) / 1e6 / ROUND_CALLS);
        }
        // The first half of the rounds warms up; the second half is reported.
        System.out.printf("%s (%d chars, %d elements): Jsoup outerHtml %s, HtmlOut %s (sink %d)%n", args[0],
                page.outerHtml().length(), page.getAllElements().size(), summary(jsoup), summary(ours), sink);
    }

    private static String summary(List<Double> times) {
        List<Double> kept = new ArrayList<>(times.subList(times.size() / 2, times.size()));
        Collections.sort(kept);
        return String.format("min %.3f ms, median %.3f ms", kept.get(0), kept.get(kept.size() / 2));
    }
}
