package org.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.html.HtmlTrees;
import org.studyguide.markdown.GuideMarkdown;
import org.studyguide.markdown.RefResolver;
import org.studyguide.markdown.Spelling;
import org.studyguide.model.Markdown;
import org.studyguide.model.Position;
import org.studyguide.model.Ref;
import org.studyguide.testing.GeneratedGuide;

/**
 * The walks over a chapter's body that do without selectors give what the selectors gave: the
 * margin notes ({@link MarginNotes}) equal those of the selector-based way kept here, and the
 * search entries read past the notes equal those read with every part not searched taken out
 * ({@link SearchDocuments#chapter}'s way for a body with quotations), on the bodies of every
 * chapter of the real guide and of a generated guide, and on fuzzed ones.
 */
class ChapterBodyWalksTest {
    private static final GuideMarkdown MARKDOWN = new GuideMarkdown(List.of(
            new Spelling("NRC", "NRC", "NATO–Russia Council"), new Spelling("NATO", "NATO", "North Atlantic Treaty"),
            new Spelling("T1", "T1", "Term & one"), new Spelling("T11", "T11", "Term eleven"),
            new Spelling("OSCE", "OSCE", "Organization for Security and Co-operation in Europe"),
            new Spelling(Ref.Kind.PERSON, "putin", "Putin", "Vladimir Putin")));
    /** Every reference resolves; every other quotation comes with an explanation. */
    private static final RefResolver RESOLVER = new RefResolver() {
        @Override
        public Optional<Target> target(Ref.Kind kind, String id) {
            return Optional.of(new Target("/" + kind.prefix() + ".html#" + id, "Label of " + id));
        }

        @Override
        public Optional<QuoteFigure> quote(String id) {
            return Optional.of(new QuoteFigure(id, "Words of NRC.", Optional.empty(), "Reading", "/sources.html#r",
                    "p. 3", "/quotes.html#" + id, id.hashCode() % 2 == 0
                            ? Optional.of("<p>Why the <abbr title=\"x\">NRC</abbr> matters.</p>") : Optional.empty()));
        }
    };
    private static final Function<String, Optional<String>> CONTEXTS = id -> id.length() % 3 == 0 ? Optional.empty()
            : Optional.of(id.length() % 3 == 1 ? "<p>Said of the <abbr title=\"y\">NATO</abbr> by " + id + ".</p>" : " ");
    private static final String[] PIECES = {"NRC", "NATO", "T1", "T11", "OSCE", "Putin", " ", "\n", "\n\n", "## A ",
        "### B ", "# C ", "- ", "> ", "1. ", "    ", "*", "**", "`", "[[term:NRC]]", "\n\n![[quote:q1]]\n\n",
        "\n\n![[quote:q22]]\n\n", "\n- ![[quote:q333]]\n", "[^1]", "[^2]", "\n\n[^1]: Note on NRC.\n", "\n\n[^2]: Two.\n",
        "\n> [!NOTE] NATO\n> T1 text\n", "words and more words.", "| a | b |\n|---|---|\n| NRC | T1 |\n", "<abbr>"};

    @Test
    void theBodiesOfTheRealGuideAndOfAGeneratedOneGetTheSameNotesAndEntries(@TempDir Path dir) throws IOException {
        List<String> texts = chapters(Path.of("content"));
        texts.addAll(chapters(GeneratedGuide.of(dir.resolve("generated"), 8, 2).writeFiles().content()));
        assertThat(texts).hasSizeGreaterThan(20);
        texts.forEach(ChapterBodyWalksTest::assertAlike);
    }

    @Test
    void fuzzedBodiesGetTheSameNotesAndEntries() {
        Random random = new Random(12);
        for (int i = 0; i < 800; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertAlike(text.toString());
        }
    }

    @Test
    void theComparisonSeesEveryKindOfNoteAndBothWaysOfReadingEntries() {
        String body = assertAlike("## A\n\nNRC and T1[^1].\n\n![[quote:qqqq]]\n\n## B\n\nNATO.\n\n[^1]: Note.\n");
        assertThat(body).contains("margin-note--term", "margin-note--context", "margin-note--footnote",
                "<details");
        assertThat(assertAlike("## A\n\nNRC and T1.\n")).contains("margin-note--term").doesNotContain("<figure");
    }

    /** Asserts that both ways agree on {@code markdown}'s body; returns the body with its notes. */
    private static String assertAlike(String markdown) {
        Markdown text = Markdown.at(markdown, new Position(Path.of("chapters/a.md"), 1, 1));
        String html = MARKDOWN.render(MARKDOWN.parse(text, Optional.empty()), RESOLVER);
        Element body = MarginNotes.add(HtmlTrees.bodyFragment(html).body(), CONTEXTS);
        Element selected = SelectedNotes.add(HtmlTrees.bodyFragment(html).body(), CONTEXTS);
        assertThat(body.html()).as(markdown).isEqualTo(selected.html());
        String withNotes = body.html();
        List<SearchDocument> read = SearchDocuments.chapter(page(withNotes), body);
        List<SearchDocument> takenOut = SearchDocuments.chapter(page(withNotes + "<figure>"), body);
        assertThat(read).as(markdown).isEqualTo(takenOut).isNotEmpty();
        assertThat(body.html()).as("the body is left as it was").isEqualTo(withNotes);
        return withNotes;
    }

    private static Views.ChapterPage page(String bodyHtml) {
        return new Views.ChapterPage("a", "A", "What A is.", "Part one", List.of("Know A."), bodyHtml, List.of(),
                List.of(), List.of(), List.of(), new ChapterQuotes.Index(0, List.of()), List.of(), List.of(), null,
                null, List.of());
    }

    private static List<String> chapters(Path content) throws IOException {
        try (Stream<Path> files = Files.walk(content.resolve("chapters"))) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
            return texts;
        }
    }

    /**
     * The margin notes as they were made before {@link MarginNotes} walked the body itself: found by
     * selectors, and a term's note built element by element (quotations' and footnotes' notes are made as they were).
     */
    private static final class SelectedNotes {
        private static final Evaluator TRIGGERS = QueryParser.parse(
                "abbr[title], figure.quote[data-quote], sup.footnote-ref > a[href^=#]");
        private static final Evaluator HIDDEN = QueryParser.parse("details, figure, h1, h2, h3, h4, h5, h6, .footnotes");
        private static final String CLASS = MarginNotes.CLASS;

        static Element add(Element body, Function<String, Optional<String>> contextHtml) {
            body.ownerDocument().outputSettings().prettyPrint(false);
            Set<String> seen = new HashSet<>();
            for (Element trigger : body.select(TRIGGERS)) {
                Optional<Element> note = switch (trigger.tagName()) {
                    case "abbr" -> hiddenIn(trigger, body) || !seen.add("term " + trigger.attr("title"))
                            ? Optional.empty() : Optional.of(term(trigger));
                    case "figure" -> hiddenIn(trigger.parent(), body) ? Optional.empty()
                            : contextHtml.apply(trigger.attr("data-quote")).filter(html -> !html.isBlank())
                                    .map(MarginNotes::context);
                    default -> hiddenIn(trigger, body) || !seen.add("note " + trigger.attr("href"))
                            ? Optional.empty() : MarginNotes.footnote(trigger, body);
                };
                note.ifPresent(n -> topLevelBlock(trigger, body).before(n));
            }
            return body;
        }

        private static boolean hiddenIn(Element element, Element body) {
            for (Element e = element; e != null && e != body; e = e.parent()) {
                if (e.is(HIDDEN)) {
                    return true;
                }
            }
            return false;
        }

        private static Element topLevelBlock(Element element, Element body) {
            Element block = element;
            while (block.parent() != body) {
                block = block.parent();
            }
            return block;
        }

        private static Element note(String kind) {
            return new Element("aside").addClass(CLASS).addClass(CLASS + "--" + kind);
        }

        private static Element term(Element abbr) {
            Element note = note("term").attr("aria-hidden", "true");
            note.appendElement("b").text(abbr.text());
            return note.appendText(" " + abbr.attr("title"));
        }
    }
}
