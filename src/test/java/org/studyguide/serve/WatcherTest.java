package org.studyguide.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher reports a burst of changes before it is over, and a listener that asks whether it is
 * over after more changes came hears no, then gets the burst again with the later paths: no change
 * is lost, and every path is finally reported in a burst that is over.
 */
class WatcherTest {
    @TempDir
    Path folder;

    /** One report: the paths, and what the listener heard when it asked whether the burst was over. */
    private record Report(Set<Path> paths, boolean settled) {
    }

    @Test
    void aChangeDuringABurstIsReportedWithItInABurstThatIsOver() throws Exception {
        Path first = folder.resolve("first.md");
        Path second = folder.resolve("second.md");
        List<Report> reports = new CopyOnWriteArrayList<>();
        try (Watcher watcher = Watcher.start(List.of(folder), (paths, settled) -> {
            if (reports.isEmpty()) {
                write(second, "written while the first burst was being read");
            }
            reports.add(new Report(paths, settled.getAsBoolean()));
        })) {
            write(first, "the first save");
            Waiting.until("both files reported in bursts that are over", () -> reports.stream()
                    .filter(Report::settled).flatMap(r -> r.paths().stream()).toList().containsAll(List.of(first, second)));
        }
        assertThat(reports.get(0).paths()).contains(first);
        for (int i = 0; i < reports.size(); i++) {
            if (!reports.get(i).settled()) {
                assertThat(reports.get(i + 1).paths()).as("the burst reported again after it was not over")
                        .containsAll(reports.get(i).paths());
            }
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
