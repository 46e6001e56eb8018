package org.studyguide.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.LoadSettingsBuilder;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.studyguide.diag.Diagnostics;
import org.studyguide.diag.Severity;
import org.studyguide.model.Markdown;
import org.studyguide.model.Position;

/**
 * YAML text from one file (a whole {@code .yml} file or a chapter's front matter) parsed into
 * snakeyaml-engine nodes, which keep their marks, so every value can be traced to its line and column.
 *
 * @param file       the file, as shown in diagnostics
 * @param lineOffset lines of the file before the YAML text (front matter starts after {@code ---})
 * @param lines      the YAML text's lines, to find the indentation of block scalars
 */
record YamlSource(Path file, int lineOffset, List<String> lines) {
    /**
     * The one builder of every text's settings. A new builder makes a new JSON schema (its
     * resolver and constructors); settings built here share this one's, which nothing changes.
     */
    private static final LoadSettingsBuilder SETTINGS = LoadSettings.builder().setAllowDuplicateKeys(false);

    /** A parsed YAML text: its root node and where it came from. */
    record Document(YamlSource source, Node root, Diagnostics diagnostics) {

        /** The root as a mapping with the given allowed keys. */
        Optional<YamlMap> asMap(String what, Set<String> keys) {
            return YamlMap.of(root, source, diagnostics, what, keys);
        }

        /** The root as a list of mappings with the given allowed keys. */
        List<YamlMap> asList(String what, Set<String> keys) {
            return YamlMap.listOf(root, source, diagnostics, what, keys);
        }
    }

    /**
     * Parses {@code text}, which begins after {@code lineOffset} lines of {@code file}; a syntax
     * error is reported and gives an empty result, as does an empty text.
     */
    static Optional<Document> parse(Path file, int lineOffset, String text, Diagnostics diagnostics) {
        YamlSource source = new YamlSource(file, lineOffset, text.lines().toList());
        LoadSettings settings = settings(source.file().toString());
        YamlCompose.Result read = YamlCompose.of(text, settings);
        read.problems().forEach(problem -> source.report(problem, diagnostics));
        if (read.error().orElse(null) instanceof MarkedYamlEngineException e) {
            YamlProblems.Explained problem = YamlProblems.explain(e, source.lines());
            diagnostics.error(problem.mark().map(source::position).orElse(source.start()), problem.message(),
                    problem.hint());
        } else if (read.error().isPresent()) {
            diagnostics.error(source.start(), "invalid YAML: " + read.error().get().getMessage());
        }
        return read.root().map(root -> new Document(source, root, diagnostics));
    }

    /** The settings for a text labelled {@code label}, the same as a new builder's but for the schema made once. */
    private static LoadSettings settings(String label) {
        synchronized (SETTINGS) {
            return SETTINGS.setLabel(label).build();
        }
    }

    /**
     * Like {@link #parse}, but a text with no YAML in it (empty, or only comments) is an error:
     * for a file that must say something, silence is a mistake.
     */
    static Optional<Document> parseRequired(Path file, int lineOffset, String text, Diagnostics diagnostics,
            String emptyMessage, String emptyHint) {
        long errors = diagnostics.count(Severity.ERROR);
        Optional<Document> document = parse(file, lineOffset, text, diagnostics);
        if (document.isEmpty() && diagnostics.count(Severity.ERROR) == errors) {
            diagnostics.error(new Position(file, lineOffset + 1, 1), emptyMessage, emptyHint);
        }
        return document;
    }

    private void report(YamlPrescan.Problem problem, Diagnostics diagnostics) {
        String hint = problem.hint() + problem.earlier().map(m -> "; the first is on line " + position(m).line()).orElse("");
        diagnostics.error(position(problem.at()), problem.message(), hint);
    }

    /** The first position of the YAML text. */
    Position start() {
        return new Position(file, lineOffset + 1, 1);
    }

    /** A snakeyaml mark (0-based) as a 1-based position in the file. */
    Position position(Mark mark) {
        return new Position(file, lineOffset + mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Where a node starts. */
    Position position(Node node) {
        return node.getStartMark().map(this::position).orElse(start());
    }

    /**
     * A scalar's text as Markdown whose offsets map back to the file: block scalars ({@code |},
     * {@code >}) start on the next line at their indentation; quoted scalars one column after the quote.
     */
    Markdown markdown(ScalarNode node) {
        Position at = position(node);
        ScalarStyle style = node.getScalarStyle();
        if (style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED) {
            int firstLine = at.line() - lineOffset;
            int indent = firstLine < lines.size() ? indentation(lines.get(firstLine)) : 0;
            return new Markdown(node.getValue(), new Position(file, at.line() + 1, indent + 1), indent);
        }
        boolean quoted = style == ScalarStyle.DOUBLE_QUOTED || style == ScalarStyle.SINGLE_QUOTED;
        int column = quoted ? at.column() + 1 : at.column();
        return new Markdown(node.getValue(), new Position(file, at.line(), column), at.column() - 1);
    }

    private static int indentation(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
