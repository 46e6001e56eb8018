package org.studyguide.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.studyguide.diag.Diagnostics;
import org.studyguide.diag.Suggestions;
import org.studyguide.model.Chapter;
import org.studyguide.model.Event;
import org.studyguide.model.Guide;
import org.studyguide.model.Part;
import org.studyguide.model.Person;
import org.studyguide.model.Position;
import org.studyguide.model.Quote;
import org.studyguide.model.Ref;
import org.studyguide.model.Source;
import org.studyguide.model.Term;
import org.studyguide.parallel.Workers;

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
        Optional<GuideFileReader.GuideFile> guideFile = confined(InsideFolder.within(contentDir), guidePath, diagnostics)
                ? cache.read(guidePath, diagnostics, GuideFileReader::read) : Optional.empty();
        if (guideFile.isEmpty()) {
            return Optional.empty();
        }
        // The files are independent: read on all cores, each reader with its own problems, so that
        // a kind whose reading failed is known whatever else ran at the same time.
        Readers readers = new Readers();
        Supplier<List<Part>> parts = readers.add(Ref.Kind.CHAPTER,
                found -> parts(contentDir, guideFile.get().parts(), found, cache));
        Supplier<List<Term>> terms = readers.add(Ref.Kind.TERM,
                found -> entries(contentDir, "glossary.yml", EntryReaders::terms, found, cache));
        Supplier<List<Quote>> quotes = readers.add(Ref.Kind.QUOTE,
                found -> entries(contentDir, "quotes.yml", EntryReaders::quotes, found, cache));
        Supplier<List<Source>> sources = readers.add(Ref.Kind.SOURCE,
                found -> entries(contentDir, "sources.yml", EntryReaders::sources, found, cache));
        Supplier<List<Event>> events = readers.add(Ref.Kind.EVENT,
                found -> entries(contentDir, "timeline.yml", EntryReaders::events, found, cache));
        Supplier<List<Person>> people = readers.add(Ref.Kind.PERSON,
                found -> entries(contentDir, "people.yml", EntryReaders::people, found, cache));
        Set<Ref.Kind> incomplete = readers.run(diagnostics);
        Guide guide = new Guide(guideFile.get().info(), parts.get(), terms.get(), quotes.get(), sources.get(),
                events.get(), people.get());
        return Optional.of(new LoadedGuide(guide, incomplete));
    }

    /** An entry file's items, unless the file leads outside the content folder. */
    private static <T> List<T> entries(Path contentDir, String name, BiFunction<Path, Diagnostics, List<T>> reader,
            Diagnostics diagnostics, FileCache cache) {
        Path file = contentDir.resolve(name);
        return confined(InsideFolder.within(contentDir), file, diagnostics) ? cache.read(file, diagnostics, reader) : List.of();
    }

    /**
     * True when {@code file} lies inside the content folder once links are followed; reports it
     * otherwise, without a word of what it leads to (its content must not reach the output).
     */
    private static boolean confined(Predicate<Path> inside, Path file, Diagnostics diagnostics) {
        if (inside.test(file)) {
            return true;
        }
        diagnostics.error(Position.ofFile(file), "this file leads outside the content folder (a symbolic link?),"
                + " so it is not read", "copy the file into the content folder instead of linking to it");
        return false;
    }

    private static List<Part> parts(Path contentDir, List<GuideFileReader.PartOutline> outlines,
            Diagnostics diagnostics, FileCache cache) {
        Path chapterDir = contentDir.resolve("chapters");
        List<String> files = chapterFiles(chapterDir);
        Set<String> present = new HashSet<>(files);
        Set<String> listed = new HashSet<>();
        Predicate<Path> inside = InsideFolder.within(contentDir);
        List<List<Path>> partFiles = new ArrayList<>();
        for (GuideFileReader.PartOutline outline : outlines) {
            List<Path> chapters = new ArrayList<>();
            for (Ref ref : outline.chapters()) {
                if (!listed.add(ref.id())) {
                    diagnostics.error(ref.position(), "chapter '" + ref.id() + "' is listed twice in guide.yml",
                            "each chapter appears once in the table of contents");
                } else if (!present.contains(ref.id())) {
                    diagnostics.error(ref.position(), "chapter '" + ref.id() + "' has no file "
                            + chapterDir.resolve(ref.id() + ".md"),
                            Suggestions.didYouMean(ref.id(), files).orElse("create the file or remove the entry"));
                } else if (ref.id().getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
                    diagnostics.error(ref.position(), "chapter id '" + ref.id().substring(0, 20) + "...' is too long"
                            + " for the file names of its page and PDF (at most " + MAX_ID_BYTES + " letters)",
                            "choose a shorter id and rename the file to match");
                } else if (confined(inside, chapterDir.resolve(ref.id() + ".md"), diagnostics)) {
                    chapters.add(chapterDir.resolve(ref.id() + ".md"));
                }
            }
            partFiles.add(chapters);
        }
        // The chapters are read on all cores, and kept in the order guide.yml lists them.
        List<Path> all = partFiles.stream().flatMap(List::stream).toList();
        Iterator<Optional<Chapter>> read = Workers.map(all, file -> cache.read(file, diagnostics,
                (path, found) -> ChapterReader.read(idOf(path), path, found))).iterator();
        List<Part> parts = new ArrayList<>();
        for (int p = 0; p < outlines.size(); p++) {
            List<Chapter> chapters = new ArrayList<>();
            for (int c = 0; c < partFiles.get(p).size(); c++) {
                read.next().ifPresent(chapters::add);
            }
            parts.add(new Part(outlines.get(p).title(), List.copyOf(chapters)));
        }
        files.stream().filter(id -> !listed.contains(id)).forEach(id -> diagnostics.warning(
                Position.ofFile(chapterDir.resolve(id + ".md")), "chapter is not listed in guide.yml, so it is not built",
                Optional.of("add '" + id + "' to a part's chapters in guide.yml")));
        return List.copyOf(parts);
    }

    /** A chapter's id: its file's name without {@code .md}. */
    private static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".md".length());
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
