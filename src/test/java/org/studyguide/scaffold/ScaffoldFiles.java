package org.studyguide.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.studyguide.diag.Diagnostics;
import org.studyguide.load.ContentLoader;
import org.studyguide.load.LoadedGuide;
import org.studyguide.model.Part;

/** Small file helpers for the scaffolding tests: write a content folder, snapshot a tree, load a guide. */
final class ScaffoldFiles {
    private ScaffoldFiles() {
    }

    /** Writes {@code guide.yml} as given and a valid chapter file for each id. */
    static Path content(Path root, String guideYml, String... chapterIds) {
        Path content = root.resolve("content");
        write(content.resolve("guide.yml"), guideYml);
        for (String id : chapterIds) {
            write(content.resolve("chapters/" + id + ".md"), "---\ntitle: Chapter " + id + "\nsummary: About " + id
                    + ".\n---\nText.\n");
        }
        return content;
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a folder tree. */
    static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code dir} with its text, to show that a refused command changed nothing. */
    static Map<String, String> tree(Path dir) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.forEach(p -> files.put(dir.relativize(p).toString(), Files.isRegularFile(p) ? read(p) : "/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * Loads the guide, asserting that loading reports no problem but the missing {@code baseUrl} (the
     * inline guides leave it out) and the new chapter's "Draft" lines, and returns each part's chapter ids.
     */
    static List<List<String>> loadedParts(Path content) {
        Diagnostics diagnostics = new Diagnostics();
        LoadedGuide loaded = ContentLoader.load(content, diagnostics).orElseThrow();
        assertThat(diagnostics.sorted()).as("diagnostics of loading")
                .allSatisfy(d -> assertThat(d.message()).matches("guide.yml has no 'baseUrl'.*"
                        + "|'Draft \\w+' is a placeholder left by 'new chapter'"));
        return loaded.guide().parts().stream()
                .map(part -> part.chapters().stream().map(c -> c.id()).toList()).toList();
    }

    /** The part titles of the loaded guide. */
    static List<String> partTitles(Path content) {
        return ContentLoader.load(content, new Diagnostics()).orElseThrow().guide().parts().stream()
                .map(Part::title).toList();
    }
}
