package org.studyguide.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The warm-up that a build starts before its load stage runs the dialect's parser and renderer for real. */
class WarmUpTest {
    @Test
    void itParsesAndRendersTheCommonConstructsWithTheDialectsEngine() {
        Document html = Jsoup.parseBodyFragment(GuideMarkdown.warmUp());
        assertThat(html.select("h1#a-heading").text()).isEqualTo("A heading");
        assertThat(html.select("em, strong, code, a[href], li, blockquote")).hasSize(6);
        assertThat(html.select("p").first().text()).contains("\u201cquoted\u201d \u2013 and");
    }
}
