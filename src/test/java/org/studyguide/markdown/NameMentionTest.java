package org.studyguide.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studyguide.markdown.MarkdownFixture.RESOLVER;
import static org.studyguide.markdown.MarkdownFixture.source;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.studyguide.diag.Diagnostic;
import org.studyguide.diag.Diagnostics;
import org.studyguide.model.ItemId;
import org.studyguide.model.Position;
import org.studyguide.model.Ref;

/** People's names in prose: linked once per section, then a name with its role as title; a shared name only warns. */
class NameMentionTest {
    private static final Spelling IVANOV = new Spelling(Ref.Kind.PERSON, "ivanov-igor", "Ivanov", "Igor Ivanov, minister");
    private static final GuideMarkdown MARKDOWN = new GuideMarkdown(List.of(IVANOV,
            new Spelling("NRC", "NRC", "NATO–Russia Council"), Spelling.ambiguous("Petrov", "Ann Petrov or Bob Petrov")));

    private static Document html(String text, Optional<ItemId> owner) {
        return Jsoup.parseBodyFragment(MARKDOWN.render(MARKDOWN.parse(source(text), owner), RESOLVER));
    }

    @Test
    void theFirstMentionInEachSectionLinksAndLaterOnesCarryTheRole() {
        Document doc = html("Ivanov spoke at the NRC. Ivanov left.\n\n## Next\n\n[[person:ivanov-igor]] and Ivanov.\n",
                Optional.empty());
        assertThat(doc.select("a.person").eachAttr("href")).containsExactly("/person/ivanov-igor");
        assertThat(doc.select("a.ref-person").eachAttr("href")).containsExactly("/person/ivanov-igor");
        assertThat(doc.select("span.person").eachAttr("title")).containsExactly("Igor Ivanov, minister", "Igor Ivanov, minister");
        assertThat(doc.select("span.person").eachAttr("data-person")).containsExactly("ivanov-igor", "ivanov-igor");
        assertThat(doc.select("a.term abbr").eachText()).containsExactly("NRC");
    }

    @Test
    void aPersonsOwnDescriptionDoesNotMarkTheirName() {
        Document doc = html("Ivanov was minister.", Optional.of(new ItemId(Ref.Kind.PERSON, "ivanov-igor")));
        assertThat(doc.select("a, span")).isEmpty();
    }

    @Test
    void aNameSharedByTwoPeopleIsPlainTextAndAWarningAtItsPlace() {
        ParsedMarkdown parsed = MARKDOWN.parse(source("Then Petrov spoke."), Optional.empty());
        Diagnostics diagnostics = new Diagnostics();
        assertThat(MARKDOWN.references(parsed, diagnostics)).isEmpty();
        Diagnostic warning = diagnostics.sorted().get(0);
        assertThat(warning.position()).isEqualTo(new Position(MarkdownFixture.FILE, 10, 6));
        assertThat(warning.message()).isEqualTo("'Petrov' could be Ann Petrov or Bob Petrov, so it is not linked");
        assertThat(Jsoup.parseBodyFragment(MARKDOWN.render(parsed, RESOLVER)).select("a, span")).isEmpty();
    }
}
