package org.studyguide.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studyguide.markdown.MarkdownFixture.MARKDOWN;
import static org.studyguide.markdown.MarkdownFixture.at;
import static org.studyguide.markdown.MarkdownFixture.problems;
import static org.studyguide.markdown.MarkdownFixture.refs;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.studyguide.diag.Diagnostic;
import org.studyguide.diag.Diagnostics;
import org.studyguide.model.Markdown;
import org.studyguide.model.Position;
import org.studyguide.model.Ref;

/** Spec: {@code references()} lists every reference in order at its exact place, and reports malformed ones. */
class ReferencesTest {
    private static final Path GLOSSARY = Path.of("glossary.yml");

    private static String describe(RefUse use) {
        Position at = use.ref().position();
        return use.ref().kind().prefix() + ":" + use.ref().id() + "@" + at.line() + ":" + at.column()
                + (use.mention() ? " mention" : "") + (use.embed() ? " embed" : "");
    }

    @Test
    void aReferenceOnTheThirdLineIsReportedTwoLinesAfterTheStart() {
        List<RefUse> uses = refs("One\ntwo\nand [[term:PJC]]", new Diagnostics());
        assertThat(uses).singleElement().satisfies(u -> assertThat(u.ref().position()).isEqualTo(at(12, 5)));
    }

    @Test
    void referencesComeInDocumentOrderWithExactPositions() {
        String text = """
                The NRC met; see [[PJC]] and [[source:great-expectations|the article]].

                ![[quote:q1]]

                # Later
                Under NATO, [[event:founding-act-1997]].
                """;
        assertThat(refs(text, new Diagnostics())).extracting(ReferencesTest::describe).containsExactly(
                "term:NRC@10:5 mention",
                "term:PJC@10:18",
                "source:great-expectations@10:30",
                "quote:q1@12:1 embed",
                "term:NATO@15:7 mention",
                "event:founding-act-1997@15:13");
    }

    @Test
    void positionsFollowTheMarkdownStartAndIndentation() {
        Markdown yaml = new Markdown("First [[NRC]]\nthen [[PJC]]\n", new Position(GLOSSARY, 4, 15), 2);
        List<RefUse> uses = MARKDOWN.references(MARKDOWN.parse(yaml, Optional.empty()), new Diagnostics());
        assertThat(uses).extracting(u -> u.ref().position()).containsExactly(
                new Position(GLOSSARY, 4, 21), new Position(GLOSSARY, 5, 8));
    }

    @Test
    void anUnknownKindIsAnErrorWithASuggestion() {
        Diagnostics diagnostics = new Diagnostics();
        List<RefUse> uses = refs("One\ntwo\nand [[qoute:x]]", diagnostics);
        assertThat(uses).isEmpty();
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.position()).isEqualTo(at(12, 5));
            assertThat(d.message()).isEqualTo("unknown reference kind 'qoute'");
            assertThat(d.hint()).contains("did you mean 'quote'?");
        });
    }

    @Test
    void anUnknownKindFarFromAnyListsTheKinds() {
        assertThat(problems("[[wikipedia:NATO]]")).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("unknown reference kind 'wikipedia'");
            assertThat(d.hint()).contains("write one of term, quote, chapter, source, event, person before the colon");
        });
    }

    @Test
    void emptyIdsAndKindsAreErrors() {
        List<Diagnostic> found = problems("[[term:]] [[ ]]\n[[:NRC]] [[chapter: |label]]");
        assertThat(found).extracting(d -> d.position().line() + ":" + d.position().column() + " " + d.message())
                .containsExactly(
                        "10:1 reference has no id after 'term:'",
                        "10:11 reference has no id",
                        "11:1 reference has no kind before ':'",
                        "11:10 reference has no id after 'chapter:'");
    }

    @Test
    void wellFormedReferencesReportNothing() {
        assertThat(problems("[[term:NRC]] [[NRC|x]]\n\n![[quote:q]]")).isEmpty();
    }

    @Test
    void explicitReferencesInHeadingsAreListed() {
        assertThat(refs("## About [[term:PJC|the PJC]]", new Diagnostics())).extracting(ReferencesTest::describe)
                .containsExactly("term:PJC@10:10");
    }
}
