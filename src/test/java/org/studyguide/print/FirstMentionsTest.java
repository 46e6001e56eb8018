package org.studyguide.print;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

/** Which acronyms of a chapter are marked as its terms' first mentions, in print order. */
class FirstMentionsTest {
    private static final String PAGE = """
            <main><article class="chapter" id="one">
            <div class="question"><p><abbr title="Council B">B</abbr> and <abbr title="Council C">C</abbr>?</p></div>
            <div class="chapter-body"><section><p><abbr title="Council A">A</abbr>, <abbr title="Council B">B</abbr>,
            <abbr title="Council A">A2</abbr>.</p></section></div>
            <div class="answer"><abbr title="Council C">C</abbr> <abbr title="Council D">D</abbr></div>
            <abbr title="Council E">E</abbr>
            </article>
            <article class="chapter" id="two"><div class="chapter-body"><abbr title="Council A">A</abbr></div></article></main>
            """;

    private static Document marked(String root) {
        Document page = Jsoup.parse(PAGE);
        FirstMentions mentions = new FirstMentions();
        NodeTraversor.traverse(mentions, root.isEmpty() ? page : page.selectFirst(root));
        mentions.mark();
        return page;
    }

    @Test
    void eachChapterMarksItsTermsFirstInTheBodyThenTheQuestionsThenTheAnswers() {
        Document page = marked("");
        Element one = page.getElementById("one");
        assertThat(one.select("abbr.first").eachText()).containsExactly("C", "A", "B", "D");
        assertThat(one.select(".chapter-body abbr.first").eachText()).containsExactly("A", "B");
        assertThat(one.select(".question abbr.first").eachText()).containsExactly("C");
        assertThat(one.select("abbr[title='Council E']")).as("outside the chapter's parts").noneMatch(
                abbr -> abbr.hasClass(FirstMentions.CLASS));
        assertThat(page.select("#two abbr.first").eachText()).containsExactly("A");
    }

    @Test
    void aWalkInsideAChapterReadsTheChapterAroundIt() {
        Document page = marked("#one .chapter-body section");
        assertThat(page.select("abbr.first").eachText()).containsExactly("A", "B");
    }
}
