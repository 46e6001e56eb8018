package org.studyguide.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The kinds of edit an author makes while previewing, applied to any guide's files (the fixture's or
 * the real one): each picks its chapter, term or quotation at random and returns the files it saved.
 * Edits that toggle (a reference, an added chapter, an error) undo themselves the next time.
 */
final class GuideEdits {
    /** Every kind of edit, for picking one at random. */
    enum Kind { BODY, TITLE, REFERENCE, GLOSSARY, QUOTE, TEMPLATE, FILE, ERROR }

    private static final String EXTRA = "extra-chapter";
    private static final String REFERENCE_LINE = "See also [[term:%s]] here.";
    private static final String ERROR_LINE = "A reference to [[term:no-such-term-anywhere]] that breaks.";

    private final Path content;
    private final Path templates;
    private final Random random;
    private int count;

    GuideEdits(Path content, Path templates, long seed) {
        this.content = content;
        this.templates = templates;
        this.random = new Random(seed);
    }

    /** Makes one edit of {@code kind}; returns the files saved. */
    Set<Path> apply(Kind kind) throws IOException {
        count++;
        return switch (kind) {
            case BODY -> append(chapter(), "\nEdit number " + count + " adds this sentence.\n");
            case TITLE -> replaceOne(chapter(), "(?m)^title: .*$", "title: Retitled chapter " + count);
            case REFERENCE -> toggleLine(chapter(), REFERENCE_LINE.formatted(pick(ids("glossary.yml"))));
            case GLOSSARY -> replaceOne(content.resolve("glossary.yml"), "(?m)^  expansion: .*$",
                    "  expansion: Edited expansion " + count);
            case QUOTE -> replaceOne(content.resolve("quotes.yml"), "(?m)^  context: .*$",
                    "  context: An edited context line, number " + count + ".");
            case TEMPLATE -> replaceOne(templates.resolve("404.ftlh"), "There is no page at this address[^.]*\\.",
                    "There is no page at this address (edit " + count + ").");
            case FILE -> toggleChapter();
            case ERROR -> toggleLine(content.resolve("chapters").resolve(firstChapter() + ".md"), ERROR_LINE);
        };
    }

    /** A kind of edit at random. */
    Kind anyKind() {
        return Kind.values()[random.nextInt(Kind.values().length)];
    }

    private Path chapter() throws IOException {
        return content.resolve("chapters").resolve(pick(listedChapters()) + ".md");
    }

    private String firstChapter() throws IOException {
        return listedChapters().get(0);
    }

    private List<String> listedChapters() throws IOException {
        Matcher lists = Pattern.compile("chapters: \\[([^\\]]*)\\]").matcher(read(content.resolve("guide.yml")));
        Stream.Builder<String> ids = Stream.builder();
        while (lists.find()) {
            Stream.of(lists.group(1).split(",")).map(String::strip).filter(id -> !id.equals(EXTRA)).forEach(ids::add);
        }
        return ids.build().toList();
    }

    private List<String> ids(String file) throws IOException {
        Matcher ids = Pattern.compile("(?m)^- id: (\\S+)").matcher(read(content.resolve(file)));
        return ids.results().map(m -> m.group(1)).toList();
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Adds a short chapter, listed last in the last part, or removes it again. */
    private Set<Path> toggleChapter() throws IOException {
        Path file = content.resolve("chapters").resolve(EXTRA + ".md");
        Path guide = content.resolve("guide.yml");
        String outline = read(guide);
        if (Files.exists(file)) {
            Files.delete(file);
            write(guide, outline.replace(", " + EXTRA + "]", "]"));
        } else {
            write(file, "---\ntitle: An added chapter\nsummary: Added while previewing.\n---\n"
                    + "## Added\n\nA chapter added while the preview runs.\n");
            int last = outline.lastIndexOf("chapters: [");
            int end = outline.indexOf(']', last);
            write(guide, outline.substring(0, end) + ", " + EXTRA + outline.substring(end));
        }
        return Set.of(file, guide);
    }

    private Set<Path> append(Path file, String text) throws IOException {
        write(file, read(file) + text);
        return Set.of(file);
    }

    /** Replaces one of the places {@code regex} matches, chosen at random. */
    private Set<Path> replaceOne(Path file, String regex, String replacement) throws IOException {
        String text = read(file);
        List<MatchResult> found = Pattern.compile(regex).matcher(text).results().map(m -> new MatchResult(m.start(), m.end())).toList();
        MatchResult at = pick(found);
        write(file, text.substring(0, at.start()) + replacement + text.substring(at.end()));
        return Set.of(file);
    }

    private record MatchResult(int start, int end) {
    }

    /** Appends a line to a chapter, or removes it when a line of the same kind is there. */
    private Set<Path> toggleLine(Path file, String line) throws IOException {
        String text = read(file);
        String kind = line.substring(0, line.indexOf("[["));
        Matcher there = Pattern.compile("(?m)^" + Pattern.quote(kind) + ".*\\n").matcher(text);
        write(file, there.find() ? text.substring(0, there.start()) + text.substring(there.end()) : text + "\n" + line + "\n");
        return Set.of(file);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static void write(Path file, String text) throws IOException {
        Edits.save(file, text);
    }
}
