package org.studyguide.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.studyguide.model.Markdown;
import org.studyguide.model.Position;
import org.studyguide.testing.GeneratedGuide;
import org.studyguide.testing.GuideFixture;

/**
 * The lean parser with our own passes ({@link TablesOnDemand}, callouts made after parsing) makes
 * the same tree, node for node and offset for offset, and the same HTML, as Flexmark's parser with
 * the tables and callout extensions' own parts: on every text of the real guide, of a generated
 * guide, and on texts made to find where the two could differ.
 */
class LeanParserTest {
    private static final Parser REFERENCE = GuideMarkdown.parser(false);

    /** Texts where a table or callout could be mistaken for another, or missed. */
    private static final List<String> TRICKY = List.of(
            "a | b\n--- | ---\n1 | 2\n",
            "| a | b |\n|---|:-:|\n| 1 | 2 |\n",
            "| a |\n|---|\n",
            "a | b\n-- | --\n",
            "a | b\n:-: | -:\n1 | 2\n",
            "a | b\n\t---\t|\t---\t\n",
            "a | b\n--- | --- x\n",
            "a | b\n---\n",
            "a\n--- | ---\n",
            "a | b\nc | d\n--- | ---\n1 | 2\n",
            "text\n\na | b\n--- | ---\n1 | 2\nafter\n\nmore | text\n",
            "> a | b\n> --- | ---\n> 1 | 2\n",
            "- a | b\n  --- | ---\n  1 | 2\n",
            "> - a | b\n>   --- | ---\n",
            "a \\| b\n--- | ---\n",
            "`a | b`\n--- | ---\n",
            "[[term:nato|the alliance]] and | more\n--- | ---\n",
            "See [[term:nato|the alliance]] here.\n",
            "a | b\r\n--- | ---\r\n1 | 2\r\n",
            "a | b\n--- | ---\u000B\n",
            "a | b\n|\n",
            "|\n-\n",
            "- | -\n",
            "| - |\n",
            "> [!NOTE]\n> Read this.\n",
            "> [!NOTE] A title *here*\n> Body | with pipe\n> --- | ---\n",
            "> [!NOTE]\n> > [!CAUTION] inner\n> > text\n",
            "> > [!NOTE] nested first\n",
            "- > [!EXAM]\n  > in a list\n",
            "> text first\n> [!NOTE] not a marker\n",
            "> [!nosuchkind] title\n> text\n",
            "> [!NOTE]\n",
            "> [!NOTE]\n\n> [!CONTEXT] two\n> quotes\n",
            "[!NOTE] outside a quote\n",
            "> \\[!NOTE] escaped\n",
            "> `[!NOTE]` code\n",
            "> [!NOTE] [[term:x|y]] and a | b\n> --- | ---\n",
            "Text[^1] and a | b\n\n[^1]: A note | with\n    --- | ---\n",
            "# Heading | with pipe\n\n---|---\n",
            "a | b\n=== | ===\n",
            "");

    @Test
    void everyTextOfTheRealGuideParsesAlike() throws IOException {
        List<String> texts = textsIn(Path.of("content"));
        assertThat(texts).hasSizeGreaterThan(800);
        texts.forEach(LeanParserTest::assertAlike);
    }

    @Test
    void everyTextOfAGeneratedGuideAndOfTheTestGuideParsesAlike(@TempDir Path dir) throws IOException {
        List<String> texts = textsIn(GeneratedGuide.of(dir.resolve("generated"), 12, 4).writeFiles().content());
        texts.addAll(textsIn(GuideFixture.in(dir.resolve("fixture")).writeFiles().content()));
        assertThat(texts).hasSizeGreaterThan(20);
        texts.forEach(LeanParserTest::assertAlike);
    }

    @Test
    void textsMadeToTellThemApartParseAlike() {
        TRICKY.forEach(LeanParserTest::assertAlike);
    }

    @Test
    void theTrickyTextsHoldTablesAndCallouts() {
        // Else the comparison above would prove little: both parsers must find both kinds.
        assertThat(dump(MarkdownFixture.MARKDOWN.tree(TRICKY.get(0)))).contains("TableBlock");
        assertThat(dump(MarkdownFixture.MARKDOWN.tree(TRICKY.get(11)))).contains("TableBlock");
        assertThat(dump(MarkdownFixture.MARKDOWN.tree(TRICKY.get(24)))).contains("Callout");
        assertThat(dump(MarkdownFixture.MARKDOWN.tree(TRICKY.get(26)))).containsPattern("Callout(?s).*Callout");
    }

    private static void assertAlike(String text) {
        Document lean = MarkdownFixture.MARKDOWN.tree(text);
        Document reference = (Document) REFERENCE.parse(text);
        assertThat(dump(lean)).as(text).isEqualTo(dump(reference));
        assertThat(html(lean, text)).as(text).isEqualTo(html(reference, text));
    }

    /** Every node with its class, offsets and text, indented by depth. */
    private static String dump(Node parent) {
        StringBuilder out = new StringBuilder();
        dump(parent, 0, out);
        return out.toString();
    }

    private static void dump(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node).append(' ').append(node.getChars().toVisibleWhitespaceString())
                .append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            dump(child, depth + 1, out);
        }
    }

    private static String html(Document document, String text) {
        Markdown source = Markdown.at(text, new Position(MarkdownFixture.FILE, 10, 1));
        return MarkdownFixture.MARKDOWN.render(new ParsedMarkdown(source, document, source.locator()),
                MarkdownFixture.RESOLVER);
    }

    /** Each chapter file whole, and every string in the guide's YAML files (Markdown fields among them). */
    static List<String> textsIn(Path content) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".md")) {
                    texts.add(Files.readString(file, StandardCharsets.UTF_8));
                } else if (name.endsWith(".yml")) {
                    Load load = new Load(LoadSettings.builder().build());
                    load.loadAllFromString(Files.readString(file, StandardCharsets.UTF_8))
                            .forEach(value -> strings(value, texts));
                }
            }
        }
        return texts;
    }

    private static void strings(Object value, List<String> into) {
        if (value instanceof String text) {
            into.add(text);
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> strings(v, into));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> strings(v, into));
        }
    }
}
