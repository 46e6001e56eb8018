package org.studyguide.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.studyguide.diag.Diagnostics;
import org.studyguide.load.LinkSchemes;
import org.studyguide.model.Markdown;
import org.studyguide.model.Position;
import org.studyguide.model.Ref;
import org.studyguide.testing.DeepStack;

/**
 * Fuzzes the guide's Markdown (the reference syntax, embeds, term marking, links): any text is
 * parsed, its references read and reported, and it is rendered. Nothing may throw or hang, every
 * reference lies inside the text, and a text with no errors renders no script, no event handler
 * and no address with a refused scheme. Seeds: {@code ReferenceSyntaxFuzzITInputs/markdown/}.
 */
class ReferenceSyntaxFuzzIT {
    private static final Path FILE = Path.of("fuzz.md");
    private static final GuideMarkdown MARKDOWN = new GuideMarkdown(List.of(
            new Spelling("NRC", "NRC", "NATO-Russia Council")));

    @FuzzTest(maxDuration = "2m")
    void markdown(byte[] input) throws Exception {
        String text = new String(input, StandardCharsets.UTF_8);
        Diagnostics diagnostics = new Diagnostics();
        String html = DeepStack.call(() -> {
            ParsedMarkdown parsed = MARKDOWN.parse(Markdown.at(text, new Position(FILE, 1, 1)), Optional.empty());
            for (RefUse use : MARKDOWN.references(parsed, diagnostics)) {
                assertThat(use.ref().position().line()).isBetween(1, (int) text.lines().count() + 1);
            }
            return MARKDOWN.render(parsed, new Resolver());
        });
        if (diagnostics.hasErrors()) {
            return;
        }
        for (Element element : Jsoup.parseBodyFragment(html).getAllElements()) {
            assertThat(element.normalName()).isNotIn("script", "iframe", "object", "embed");
            element.attributes().forEach(attribute -> {
                assertThat(attribute.getKey()).doesNotStartWith("on");
                if (List.of("href", "src").contains(attribute.getKey())) {
                    assertThat(LinkSchemes.refused(attribute.getValue())).as(attribute.getValue()).isEmpty();
                }
            });
        }
    }

    /** Every reference resolves, to a page named after its id. */
    private static final class Resolver implements RefResolver {
        @Override
        public Optional<Target> target(Ref.Kind kind, String id) {
            return Optional.of(new Target("page.html#" + id, id));
        }

        @Override
        public Optional<QuoteFigure> quote(String id) {
            return Optional.empty();
        }
    }
}
