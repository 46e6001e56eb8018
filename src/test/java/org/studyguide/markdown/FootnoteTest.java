package org.studyguide.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studyguide.markdown.MarkdownFixture.at;
import static org.studyguide.markdown.MarkdownFixture.html;
import static org.studyguide.markdown.MarkdownFixture.problems;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.studyguide.diag.Diagnostic;
import org.studyguide.diag.Severity;

/** Spec: footnotes cite a sentence's source, with ids unique to their text and links both ways. */
class FootnoteTest {

    @Test
    void aFootnoteLinksToItsNoteAndBack() {
        Document doc = html("The Act was signed in Paris.[^act]\n\n[^act]: The Founding Act, 27 May 1997.\n");
        Element ref = doc.selectFirst("sup.footnote-ref > a");
        assertThat(ref.text()).isEqualTo("1");
        assertThat(ref.attr("href")).isEqualTo("#fn-a-10-1");
        assertThat(ref.id()).isEqualTo("fnref-a-10-1");
        Element note = doc.getElementById("fn-a-10-1");
        assertThat(note.parent().parent().hasClass("footnotes")).isTrue();
        assertThat(note.select("p").text()).isEqualTo("The Founding Act, 27 May 1997.");
        assertThat(note.select("a.footnote-backref").attr("href")).isEqualTo("#fnref-a-10-1");
    }

    @Test
    void notesAreNumberedInTheOrderTheyAreCitedAndACitationTwiceLinksBackTwice() {
        Document doc = html("One.[^b] Two.[^a] Again.[^b]\n\n[^a]: Note A.\n[^b]: Note B.\n");
        assertThat(doc.select("sup.footnote-ref a")).extracting(Element::text).containsExactly("1", "2", "1");
        assertThat(doc.select(".footnotes li")).extracting(e -> e.selectFirst("p").text())
                .containsExactly("Note B.", "Note A.");
        assertThat(doc.select("#fn-a-10-1 a.footnote-backref")).extracting(e -> e.attr("href"))
                .containsExactly("#fnref-a-10-1", "#fnref-a-10-1-2");
        assertThat(doc.select("[id]")).extracting(Element::id).doesNotHaveDuplicates();
    }

    @Test
    void aCitedNoteWithoutTextIsAnErrorAtTheCitation() {
        List<Diagnostic> found = problems("Text.\nMore text.[^missing]\n");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).position()).isEqualTo(at(11, 11));
        assertThat(found.get(0).message()).isEqualTo("footnote '[^missing]' has no text");
    }

    @Test
    void aNoteNeverCitedIsAWarning() {
        Diagnostic found = problems("Text.\n\n[^lonely]: Never cited.\n").get(0);
        assertThat(found.severity()).isEqualTo(Severity.WARNING);
        assertThat(found.position()).isEqualTo(at(12, 1));
    }
}
