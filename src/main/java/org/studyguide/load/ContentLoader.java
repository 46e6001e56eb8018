package org.studyguide.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.studyguide.diag.Diagnostics;
import org.studyguide.diag.Severity;
import org.studyguide.diag.Suggestions;
import org.studyguide.model.Chapter;
import org.studyguide.model.Guide;
import org.studyguide.model.Part;
import org.studyguide.model.Position;
import org.studyguide.model.Ref;

/**
 * The load stage: reads a guide's {@code content/} folder into an immutable {@link Guide}. Every
 * problem becomes a diagnostic; what can be read is still returned so later stages can report theirs.
 */
public final class ContentLoader {
    /**
     * Longest chapter id, in UTF-8 bytes (letters beyond ASCII take two or more): its page is
     * {@code chapters/<id>.html}, and many file systems stop file names at 255 bytes.
     */
    public static final int MAX_ID_BYTES = 100;

    private ContentLoader() {
    }

    /** Loads the guide in {@code contentDir}, or empty when even {@code guide.yml} cannot be read. */
    public static Optional<LoadedGuide> load(Path contentDir, Diagnostics diagnostics) {
        return load(contentDir, diagnostics, FileCache.none());
    }

    /** Loads the guide like {@link #load(Path, Diagnostics)}, parsing only the files {@code cache} does not hold. */
    public static Optional<LoadedGuide> load(Path contentDir, Diagnostics diagnostics, FileCache cache) {
        Path guidePath = contentDir.resolve("guide.yml");
        Optional<GuideFileReader.GuideFile> guideFile = confined(contentDir, guidePath, diagnostics)
                ? cache.read(guidePath, diagnostics, GuideFileReader::read) : Optional.empty();
        if (guideFile.isEmpty()) {
            return Optional.empty();
        }
        Set<Ref.Kind> incomplete = EnumSet.noneOf(Ref.Kind.class);
        Guide guide = new Guide(
                guideFile.get().info(),
                watch(Ref.Kind.CHAPTER, incomplete, diagnostics,
                        () -> parts(contentDir, guideFile.get().parts(), diagnostics, cache)),
                watch(Ref.Kind.TERM, incomplete, diagnostics,
                        () -> entries(contentDir, "glossary.yml", EntryReaders::terms, diagnostics, cache)),
                watch(Ref.Kind.QUOTE, incomplete, diagnostics,
                        () -> entries(contentDir, "quotes.yml", EntryReaders::quotes, diagnostics, cache)),
                watch(Ref.Kind.SOURCE, incomplete, diagnostics,
                        () -> entries(contentDir, "sources.yml", EntryReaders::sources, diagnostics, cache)),
                watch(Ref.Kind.EVENT, incomplete, diagnostics,
                        () -> entries(contentDir, "timeline.yml", EntryReaders::events, diagnostics, cache)),
                watch(Ref.Kind.PERSON, incomplete, diagnostics,
                        () -> entries(contentDir, "people.yml", EntryReaders::people, diagnostics, cache)));
        return Optional.of(new LoadedGuide(guide, Set.copyOf(incomplete)));
    }

    /** An entry file's items, unless the file leads outside the content folder. */
    private static <T> List<T> entries(Path contentDir, String name, BiFunction<Path, Diagnostics, List<T>> reader,
            Diagnostics diagnostics, FileCache cache) {
        Path file = contentDir.resolve(name);
        return confined(contentDir, file, diagnostics) ? cache.read(file, diagnostics, reader) : List.of();
    }

    /**
     * True when {@code file} lies inside the content folder once links are followed; reports it
     * otherwise, without a word of what it leads to (its content must not reach the output).
     */
    private static boolean confined(Path contentDir, Path file, Diagnostics diagnostics) {
        if (InsideFolder.contains(contentDir, file)) {
            return true;
        }
        diagnostics.error(Position.ofFile(file), "this file leads outside the content folder (a symbolic link?),"
                + " so it is not read", "copy the file into the content folder instead of linking to it");
        return false;
    }

    /** Runs one reader, noting its kind as incomplete when reading reported errors. */
    private static <T> T watch(Ref.Kind kind, Set<Ref.Kind> incomplete, Diagnostics diagnostics, Supplier<T> reader) {
        long before = diagnostics.count(Severity.ERROR);
        T items = reader.get();
        if (diagnostics.count(Severity.ERROR) > before) {
            incomplete.add(kind);
        }
        return items;
    }

    private static List<Part> parts(Path contentDir, List<GuideFileReader.PartOutline> outlines,
            Diagnostics diagnostics, FileCache cache) {
        Path chapterDir = contentDir.resolve("chapters");
        List<String> files = chapterFiles(chapterDir);
        Set<String> listed = new HashSet<>();
        List<Part> parts = new ArrayList<>();
        for (GuideFileReader.PartOutline outline : outlines) {
            List<Chapter> chapters = new ArrayList<>();
            for (Ref ref : outline.chapters()) {
                if (!listed.add(ref.id())) {
                    diagnostics.error(ref.position(), "chapter '" + ref.id() + "' is listed twice in guide.yml",
                            "each chapter appears once in the table of contents");
                } else if (!files.contains(ref.id())) {
                    diagnostics.error(ref.position(), "chapter '" + ref.id() + "' has no file "
                            + chapterDir.resolve(ref.id() + ".md"),
                            Suggestions.didYouMean(ref.id(), files).orElse("create the file or remove the entry"));
                } else if (ref.id().getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
                    diagnostics.error(ref.position(), "chapter id '" + ref.id().substring(0, 20) + "...' is too long"
                            + " for the file names of its page and PDF (at most " + MAX_ID_BYTES + " letters)",
                            "choose a shorter id and rename the file to match");
                } else if (confined(contentDir, chapterDir.resolve(ref.id() + ".md"), diagnostics)) {
                    cache.read(chapterDir.resolve(ref.id() + ".md"), diagnostics,
                            (file, found) -> ChapterReader.read(ref.id(), file, found)).ifPresent(chapters::add);
                }
            }
            parts.add(new Part(outline.title(), List.copyOf(chapters)));
        }
        files.stream().filter(id -> !listed.contains(id)).forEach(id -> diagnostics.warning(
                Position.ofFile(chapterDir.resolve(id + ".md")), "chapter is not listed in guide.yml, so it is not built",
                Optional.of("add '" + id + "' to a part's chapters in guide.yml")));
        return List.copyOf(parts);
    }

    private static List<String> chapterFiles(Path chapterDir) {
        if (!Files.isDirectory(chapterDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(chapterDir)) {
            return files.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".md"))
                    .map(name -> name.substring(0, name.length() - 3)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
