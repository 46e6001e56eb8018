package org.studyguide.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.studyguide.model.Position;

/** Links, images and headings carry their place in the author's file until the site is published. */
class SourceMarksTest {

    private static Position markOf(Element element) {
        return SourceMarks.decode(element.attr(SourceMarks.ATTRIBUTE)).orElseThrow();
    }

    @Test
    void linksImagesAndHeadingsAreMarkedWithTheirLineAndColumn() {
        Document html = MarkdownFixture.html("## Title\n\nSee [a](a.html) and\n  ![b](b.png) or <https://x.org>.");
        assertThat(markOf(html.selectFirst("h2"))).isEqualTo(MarkdownFixture.at(10, 1));
        assertThat(markOf(html.selectFirst("a[href=a.html]"))).isEqualTo(MarkdownFixture.at(12, 5));
        assertThat(markOf(html.selectFirst("img"))).isEqualTo(MarkdownFixture.at(13, 3));
        assertThat(markOf(html.selectFirst("a[href=https://x.org]"))).isEqualTo(MarkdownFixture.at(13, 18));
    }

    @Test
    void referencesAndTermsAreNotMarked() {
        Document html = MarkdownFixture.html("The [[NRC]] and [[quote:q]] and NATO.");
        assertThat(html.select("[" + SourceMarks.ATTRIBUTE + "]")).isEmpty();
    }
}
