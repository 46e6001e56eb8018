import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.studyguide.cli.Main;

/**
 * A writer's builds (not a test): one JVM, as the build daemon keeps, builds a guide with its cache,
 * then edits one chapter after another (a sentence added at its end) and builds after each edit,
 * printing each of those builds' wall time. bench/edits.sh runs it for two jars with the daemon's
 * JVM options. Run with the built jar on the class path:
 *   java -cp target/studyguide.jar bench/EditBuilds.java EDITS CONTENT_DIR OUT_DIR [SOURCES_DIR]
 */
public final class EditBuilds {
    public static void main(String[] args) throws IOException {
        int edits = Integer.parseInt(args[0]);
        Path content = Path.of(args[1]);
        List<String> command = new java.util.ArrayList<>(List.of("build", "--content", args[1], "--out", args[2]));
        if (args.length > 3) {
            command.addAll(List.of("--sources", args[3]));
        }
        String[] build = command.toArray(String[]::new);
        List<Path> chapters;
        try (Stream<Path> files = Files.list(content.resolve("chapters"))) {
            chapters = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        // The first build fills the cache, the second finds it up to date and warms the code more.
        Main.run(build);
        Main.run(build);
        for (int edit = 1; edit <= edits; edit++) {
            Files.writeString(chapters.get((edit - 1) % chapters.size()),
                    "\nA sentence added by edit " + edit + " of a benchmark.\n", StandardOpenOption.APPEND);
            long start = System.nanoTime();
            int code = Main.run(build);
            System.out.printf("edit %d exit %d wall %.3f%n", edit, code, (System.nanoTime() - start) / 1e9);
        }
    }
}
