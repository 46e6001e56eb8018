package org.studyguide.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.studyguide.diag.Diagnostics;
import org.studyguide.model.Position;

/**
 * The "Draft" lines that {@code studyguide new chapter} writes for the author to replace: each one
 * still in a chapter is a warning at its line, so an unfinished chapter is not published unnoticed.
 * The placeholders are read from the very file the command copies, so the two cannot drift apart;
 * a line counts when it still starts as the placeholder does (up to "Draft" and the word after it).
 */
final class DraftPlaceholders {
    /** The new chapter's text, as {@code new chapter} writes it. */
    private static final String SCAFFOLD = "org/studyguide/scaffold/chapter.md";
    /** What every placeholder line holds (each of {@link #STARTS} ends with it and a word). */
    private static final String MARK = "Draft ";
    private static final Pattern DRAFT = Pattern.compile("\\b" + MARK + "\\w+");
    private static final List<String> STARTS = starts();

    private DraftPlaceholders() {
    }

    /** Warns at every placeholder line of the chapter {@code file}, whose text is {@code lines}. */
    static void warn(Path file, List<String> lines, Diagnostics diagnostics) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            // Every placeholder holds "Draft ": the other lines, nearly all, are passed at once.
            if (line.contains(MARK) && startsAsPlaceholder(line.strip())) {
                Matcher draft = DRAFT.matcher(line);
                draft.find();
                diagnostics.warning(new Position(file, i + 1, draft.start() + 1),
                        "'" + draft.group() + "' is a placeholder left by 'new chapter'",
                        Optional.of("replace this line with your own words"));
            }
        }
    }

    private static boolean startsAsPlaceholder(String text) {
        for (String start : STARTS) {
            if (text.startsWith(start)) {
                return true;
            }
        }
        return false;
    }

    /** The beginning of each placeholder line: up to "Draft" and its next word; comments are not placeholders. */
    private static List<String> starts() {
        return scaffold().lines().map(String::strip).filter(line -> !line.startsWith("# ")).flatMap(line -> {
            Matcher draft = DRAFT.matcher(line);
            return draft.find() ? Stream.of(line.substring(0, draft.end())) : Stream.empty();
        }).toList();
    }

    private static String scaffold() {
        try (InputStream in = DraftPlaceholders.class.getClassLoader().getResourceAsStream(SCAFFOLD)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the class path: " + SCAFFOLD);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
