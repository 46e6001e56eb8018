package org.studyguide.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.studyguide.diag.Diagnostics;
import org.studyguide.model.Chapter;
import org.studyguide.model.Markdown;
import org.studyguide.model.Position;
import org.studyguide.model.Ref;

/** Reads one chapter file: YAML front matter between {@code ---} lines, then the Markdown body. */
final class ChapterReader {
    private static final Set<String> KEYS = Set.of(
            "title", "summary", "readings", "objectives", "questions", "stances", "essays");
    private static final Set<String> QUESTION_KEYS = Set.of("question", "answer");
    private static final Set<String> ESSAY_KEYS = Set.of("prompt", "outline", "points");
    private static final String FENCE = "---";

    private ChapterReader() {
    }

    /** The chapter in {@code file}, or empty after reporting why it cannot be read. */
    static Optional<Chapter> read(String id, Path file, Diagnostics diagnostics) {
        return ContentFiles.read(file, diagnostics,
                        "create " + file + " or remove '" + id + "' from guide.yml")
                .flatMap(text -> parse(id, file, text, diagnostics));
    }

    private static Optional<Chapter> parse(String id, Path file, String text, Diagnostics diagnostics) {
        List<String> lines = text.lines().toList();
        int closing = closingFence(lines);
        if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE) || closing < 0) {
            diagnostics.error(new Position(file, 1, 1), "chapter has no front matter",
                    "start the file with a '---' line, then 'title:' and 'summary:', then another '---' line");
            return Optional.empty();
        }
        DraftPlaceholders.warn(file, lines, diagnostics);
        String yaml = String.join("\n", lines.subList(1, closing)) + "\n";
        String body = String.join("\n", lines.subList(closing + 1, lines.size())) + "\n";
        Markdown markdown = Markdown.at(body, new Position(file, closing + 2, 1));
        Position start = new Position(file, 1, 1);
        return YamlSource.parseRequired(file, 1, yaml, diagnostics, "the front matter is empty",
                        "write 'title:' and 'summary:' between the two '---' lines")
                .flatMap(document -> document.asMap("front matter", KEYS))
                .map(map -> new Chapter(id, map.text("title"), map.text("summary"),
                        map.refs("readings", Ref.Kind.SOURCE), map.texts("objectives"), questions(map),
                        stances(map), essays(map), markdown, start));
    }

    private static List<Chapter.Question> questions(YamlMap map) {
        return map.maps("questions", "review question", QUESTION_KEYS).stream()
                .map(q -> new Chapter.Question(q.markdown("question"), q.markdown("answer")))
                .toList();
    }

    private static List<Chapter.Stance> stances(YamlMap map) {
        return map.markdownById("stances", Ref.Kind.SOURCE).stream()
                .map(entry -> new Chapter.Stance(entry.getKey(), entry.getValue()))
                .toList();
    }

    private static List<Chapter.Essay> essays(YamlMap map) {
        return map.maps("essays", "essay", ESSAY_KEYS).stream()
                .map(e -> new Chapter.Essay(e.markdown("prompt"), e.markdown("outline"), e.markdowns("points")))
                .toList();
    }

    private static int closingFence(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals(FENCE) || line.equals("...")) {
                return i;
            }
        }
        return -1;
    }
}
