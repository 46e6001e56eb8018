import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Times the preview from saving a chapter to the rebuilt page being served. Run by bench/serve.sh
 * against a running `studyguide serve`: for each edit it writes the chapter file in place (as most
 * editors save), waits for the server's reload event, then fetches the page and checks that it shows
 * the new sentence, then waits until the rest of the site was rewritten too. Prints the minimum,
 * median, 90th percentile and maximum. Uses only the JDK:
 *   java bench/ServeLatency.java URL CHAPTER_FILE PAGE_PATH WARMUP RUNS
 */
public final class ServeLatency {
    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        Path chapter = Path.of(args[1]);
        String page = args[2];
        int warmup = Integer.parseInt(args[3]);
        int runs = Integer.parseInt(args[4]);
        String original = Files.readString(chapter, StandardCharsets.UTF_8);
        HttpClient client = HttpClient.newHttpClient();
        BlockingQueue<String> reloads = subscribe(client, base);
        List<Double> times = new ArrayList<>();
        try {
            for (int i = 0; i < warmup + runs; i++) {
                String sentence = "Benchmark edit number " + i + " was saved.";
                long start = System.nanoTime();
                Files.writeString(chapter, original + "\n" + sentence + "\n", StandardCharsets.UTF_8);
                List<String> seen = awaitPage(client, base.resolve(page), sentence, reloads);
                double millis = (System.nanoTime() - start) / 1e6;
                if (i >= warmup) {
                    times.add(millis);
                }
                awaitRest(seen, reloads);
            }
        } finally {
            Files.writeString(chapter, original, StandardCharsets.UTF_8);
        }
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf("save-to-served  runs=%d  min=%.0f ms  median=%.0f ms  p90=%.0f ms  max=%.0f ms%n", runs,
                sorted.get(0), sorted.get((runs - 1) / 2), sorted.get((int) Math.ceil(runs * 0.9) - 1), sorted.get(runs - 1));
    }

    /**
     * Waits until the rebuild has also written print.html (which every chapter edit changes): the
     * server writes the edited page first and the rest of the site just after, and the next edit
     * should find it idle.
     */
    private static void awaitRest(List<String> seen, BlockingQueue<String> reloads) throws InterruptedException {
        while (seen.stream().noneMatch(event -> event.lines().anyMatch("print.html"::equals))) {
            String event = reloads.poll(60, TimeUnit.SECONDS);
            if (event == null) {
                throw new IllegalStateException("print.html was not rewritten within 60 s");
            }
            seen.add(event);
        }
    }

    /** Waits for reload events until the page shows {@code sentence}; returns the events' data. */
    private static List<String> awaitPage(HttpClient client, URI page, String sentence, BlockingQueue<String> reloads)
            throws IOException, InterruptedException {
        List<String> seen = new ArrayList<>();
        while (true) {
            String event = reloads.poll(30, TimeUnit.SECONDS);
            if (event == null) {
                throw new IllegalStateException("no reload event within 30 s");
            }
            seen.add(event);
            String body = client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains(sentence)) {
                return seen;
            }
        }
    }

    private static BlockingQueue<String> subscribe(HttpClient client, URI base) throws Exception {
        HttpResponse<Stream<String>> response = client.send(
                HttpRequest.newBuilder(base.resolve("/__studyguide/events")).build(), HttpResponse.BodyHandlers.ofLines());
        BlockingQueue<String> reloads = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            Iterator<String> lines = response.body().iterator();
            StringBuilder data = null;
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.equals("event: reload")) {
                    data = new StringBuilder();
                } else if (data != null && line.startsWith("data:")) {
                    data.append(line.substring(5).strip()).append('\n');
                } else if (data != null && line.isEmpty()) {
                    reloads.add(data.toString());
                    data = null;
                }
            }
        });
        reader.setDaemon(true);
        reader.start();
        return reloads;
    }
}
