package org.studyguide.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.studyguide.diag.Diagnostics;
import org.studyguide.markdown.GuideMarkdown;
import org.studyguide.markdown.ParsedMarkdown;
import org.studyguide.markdown.RefResolver;
import org.studyguide.markdown.RefUse;
import org.studyguide.markdown.Spelling;
import org.studyguide.model.ItemId;
import org.studyguide.model.Markdown;
import org.studyguide.model.Position;
import org.studyguide.model.Ref;

/**
 * A linked text holds the link stage's parse tree only until its first render, so that a large
 * guide's trees do not all stay in memory to the end of the build, and renders the same HTML from a
 * tree parsed again.
 */
class LinkedTextTest {
    private static final GuideMarkdown MARKDOWN = new GuideMarkdown(List.of(new Spelling("NRC", "NRC", "NATO-Russia Council")));
    private static final RefResolver RESOLVER = ToIdPages.RESOLVER;
    private static final Markdown TEXT = Markdown.at("The NRC met in *Rome* ([[term:nrc]]).\n",
            new Position(Path.of("chapters/a.md"), 3, 1));
    private static final Optional<ItemId> OWNER = Optional.of(new ItemId(Ref.Kind.CHAPTER, "a"));

    @Test
    void theLinkStagesTreeServesTheFirstRenderOnlyAndLaterRendersParseAgainToTheSameHtml() {
        AtomicInteger parses = new AtomicInteger();
        Supplier<ParsedMarkdown> parse = () -> {
            parses.incrementAndGet();
            return MARKDOWN.parse(TEXT, OWNER);
        };
        for (boolean recorded : List.of(false, true)) {
            parses.set(0);
            LinkedText text = linked(parse, recorded);
            String first = text.html(MARKDOWN, LinkedText.Form.WITH_EXPLANATIONS, RESOLVER);
            assertThat(parses).as("the first render takes the link stage's tree").hasValue(0);
            String inline = text.html(MARKDOWN, LinkedText.Form.INLINE, RESOLVER);
            assertThat(parses).as("a second render parses again: the first let the tree go").hasValue(1);
            String again = text.html(MARKDOWN, LinkedText.Form.WITH_EXPLANATIONS, RESOLVER);
            assertThat(again).isEqualTo(first).contains("<em>Rome</em>", "href=\"/nrc.html\"");
            assertThat(inline).startsWith("The ").doesNotContain("<p>");
            // Recorded renders (a build with a cache) are reused when the answers are the same: no parse.
            assertThat(parses).hasValue(recorded ? 1 : 2);
        }
    }

    @Test
    void aTextRenderedAtOnceFromSeveralThreadsGivesEachTheSameHtml() throws InterruptedException {
        LinkedText text = linked(() -> MARKDOWN.parse(TEXT, OWNER), false);
        String expected = linked(() -> MARKDOWN.parse(TEXT, OWNER), false)
                .html(MARKDOWN, LinkedText.Form.WITH_EXPLANATIONS, RESOLVER);
        String[] got = new String[8];
        Thread[] threads = new Thread[got.length];
        for (int i = 0; i < threads.length; i++) {
            int slot = i;
            threads[i] = new Thread(() -> got[slot] = text.html(MARKDOWN, LinkedText.Form.WITH_EXPLANATIONS, RESOLVER));
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(got).containsOnly(expected);
    }

    private static LinkedText linked(Supplier<ParsedMarkdown> parse, boolean recorded) {
        ParsedMarkdown parsed = MARKDOWN.parse(TEXT, OWNER);
        Diagnostics problems = new Diagnostics();
        List<RefUse> uses = MARKDOWN.references(parsed, problems);
        return LinkedText.parsed(parsed, parse, uses, problems.sorted(), recorded);
    }
}
