import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.studyguide.html.WellFormedHtml;

/**
 * Times parsing one page, and a chapter body (its own, unless a file of one is given), with Jsoup
 * and with the generator's fast builder for its own HTML, in isolation (warm, as many rounds of 50
 * parses as given). Prints the median and minimum milliseconds per parse. Run with the built jar on
 * the class path, with the launcher's C1 flag:
 *   java -XX:TieredStopAtLevel=1 -cp target/studyguide.jar bench/ParseTimes.java PAGE.html [BODY.html] ROUNDS
 */
public final class ParseTimes {
    public static void main(String[] args) throws Exception {
        String page = Files.readString(Path.of(args[0]));
        int rounds = Integer.parseInt(args[args.length - 1]);
        Element body = Jsoup.parse(page).selectFirst("main .chapter-body, main article, main");
        String fragment = args.length > 2 ? Files.readString(Path.of(args[1])) : body == null ? "" : body.html();
        if (WellFormedHtml.document(page) == null || WellFormedHtml.bodyFragment(fragment) == null) {
            System.out.println("not taken by the fast builder: " + args[0]);
        }
        System.out.printf("page %d chars, body %d chars%n", page.length(), fragment.length());
        report("page, Jsoup.parse          ", rounds, () -> Jsoup.parse(page));
        report("page, WellFormedHtml       ", rounds, () -> WellFormedHtml.document(page));
        report("body, Jsoup.parseBodyFragment", rounds, () -> Jsoup.parseBodyFragment(fragment));
        report("body, WellFormedHtml       ", rounds, () -> WellFormedHtml.bodyFragment(fragment));
    }

    private static void report(String what, int rounds, java.util.function.Supplier<Document> parse) {
        int batch = 50;
        double[] ms = new double[rounds];
        for (int warm = 0; warm < 2000; warm++) {
            parse.get();
        }
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                parse.get();
            }
            ms[r] = (System.nanoTime() - start) / 1e6 / batch;
        }
        Arrays.sort(ms);
        System.out.printf("%s median %.3f ms, min %.3f ms%n", what, ms[rounds / 2], ms[0]);
    }
}
