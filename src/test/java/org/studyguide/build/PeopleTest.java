package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.diag.Diagnostic;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;
import org.studyguide.testing.SearchIndexFile;

/** {@code people.yml}: loading and its diagnostics, names marked in prose, speakers, and the People page. */
class PeopleTest {
    static final String PEOPLE = """
            - id: ivanov-igor
              name: Igor Ivanov
              group: russia
              roles:
                - Russian foreign minister, 1998–2004
                - Secretary of the Security Council, 2004–2007
              description: Foreign minister during the [[PJC]] years.
              terms: [PJC]
            - id: robertson-george
              name: George Robertson
              group: nato
              roles: ["NATO Secretary General, 1999–2003"]
              aliases: [Lord Robertson]
              description: Secretary General after Kosovo.
            - id: doe-john
              name: John Doe
              group: other
              roles: [An observer]
              description: Someone else.
            """;

    static final String FIRST = """
            ---
            title: First chapter
            summary: The first one.
            readings: [reading-a]
            ---
            ## Beginnings

            Ivanov met Lord Robertson. Later Ivanov spoke again.

            ![[quote:first-quote]]

            See [[event:council-2002]], [[chapter:second|the next chapter]] and [[person:doe-john]].

            ## Later

            Igor Ivanov was still minister.
            """;

    static final String QUOTES = GuideFixture.QUOTES.replace("  quoting: A Speaker", "  speaker: ivanov-igor");

    @TempDir
    Path root;

    private GuideFixture fixture() {
        return GuideFixture.in(root).file("people.yml", PEOPLE).file("quotes.yml", QUOTES).file("chapters/first.md", FIRST);
    }

    private String where(Diagnostic d) {
        return root.relativize(d.position().file()) + ":" + d.position().line() + ":" + d.position().column();
    }

    @Test
    void namesInProseLinkTheirFirstMentionInEachSectionToTheirEntry() {
        Document chapter = fixture().build().assertClean().page("chapters/first.html");
        Element body = chapter.selectFirst(".chapter-body");
        assertThat(body.select("a.person").eachAttr("href")).containsExactly(
                "../people.html#ivanov-igor", "../people.html#robertson-george", "../people.html#ivanov-igor");
        assertThat(body.select("a.person").eachText()).containsExactly("Ivanov", "Lord Robertson", "Igor Ivanov");
        Element later = body.selectFirst("span.person");
        assertThat(later.text()).isEqualTo("Ivanov");
        assertThat(later.attr("data-person")).isEqualTo("ivanov-igor");
        assertThat(later.attr("title")).isEqualTo("Igor Ivanov, Russian foreign minister, 1998–2004");
        assertThat(body.select("a.ref-person[href=../people.html#doe-john]").text()).isEqualTo("John Doe");
        assertThat(chapter.select("aside.chapter-refs ul.people-list a").eachText())
                .containsExactly("Igor Ivanov", "George Robertson", "John Doe");
    }

    @Test
    void thePeoplePageGroupsPeopleWithRolesDescriptionsAndBacklinks() {
        BuiltGuide built = fixture().build().assertClean();
        Document page = built.page("people.html");
        assertThat(page.select("h1").text()).isEqualTo("People");
        assertThat(page.select("section.people-group > h2").eachText())
                .containsExactly("Russian", "NATO and Allied", "Other");
        Element ivanov = page.getElementById("ivanov-igor");
        assertThat(ivanov.select("h3").text()).isEqualTo("Igor Ivanov");
        assertThat(ivanov.select(".person-roles li").eachText()).containsExactly(
                "Russian foreign minister, 1998–2004", "Secretary of the Security Council, 2004–2007");
        assertThat(ivanov.select(".person-description a[href=glossary.html#PJC]")).isNotEmpty();
        assertThat(ivanov.select("p.related a").eachText()).containsExactly("PJC");
        assertThat(ivanov.select("p.backlinks:not(.person-quoted) a").eachText()).containsExactly("First chapter");
        assertThat(ivanov.select("p.person-quoted a").eachAttr("href")).containsExactly("quotes.html#second-quote");
        assertThat(page.getElementById("robertson-george").select("p.aliases").text())
                .isEqualTo("Also called: Lord Robertson");
        assertThat(built.page("index.html").select("nav.site-links a[href=people.html]").text()).isEqualTo("People");
    }

    @Test
    void thePeoplePageHasOneNameOnEveryPage() throws Exception {
        BuiltGuide built = fixture().build().assertClean();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(built.out())) {
            pages = files.filter(f -> f.toString().endsWith(".html")).toList();
        }
        assertThat(pages).hasSizeGreaterThan(10);
        for (Path file : pages) {
            Document page = built.page(built.out().relativize(file).toString());
            assertThat(page.select("a[href$=people.html]").eachText()).as(file.toString()).isNotEmpty().containsOnly("People");
            assertThat(page.text()).as(file.toString()).doesNotContainIgnoringCase("who’s who").doesNotContainIgnoringCase("who's who");
        }
        Document people = built.page("people.html");
        assertThat(people.title()).startsWith("People · ");
        assertThat(people.select("h1").text()).isEqualTo("People");
        assertThat(Files.readString(built.out().resolve("assets/popups-core.js"))).contains("\"people.html\": \"People\"");
    }

    @Test
    void aSpeakerShowsWithNameAndRoleOnTheQuotationsPageAndInTheQuiz() {
        BuiltGuide built = fixture().build().assertClean();
        Element caption = built.page("quotes.html").getElementById("second-quote").selectFirst("figcaption");
        assertThat(caption.select(".speaker a").attr("href")).isEqualTo("people.html#ivanov-igor");
        assertThat(caption.text()).startsWith("Igor Ivanov (Russian foreign minister, 1998–2004), quoted in Reading A");
        Element item = built.page("quiz.html").selectFirst(".quiz-item[data-quote=second-quote]");
        assertThat(item.attr("data-speaker")).isEqualTo("Igor Ivanov");
        assertThat(item.text()).contains("Igor Ivanov (Russian foreign minister, 1998–2004), quoted in Reading A");
    }

    @Test
    void peopleAreSearchableAndInTheSitemap() throws Exception {
        BuiltGuide built = fixture().build().assertClean();
        SearchIndexFile.Document ivanov = SearchIndexFile.read(built.out()).documents().stream()
                .filter(d -> d.url().equals("people.html#ivanov-igor")).findFirst().orElseThrow();
        assertThat(ivanov.kind()).isEqualTo("person");
        assertThat(ivanov.title()).isEqualTo("Igor Ivanov");
        assertThat(ivanov.text()).contains("Foreign minister during the PJC years.");
        assertThat(Files.readString(built.out().resolve("sitemap.xml")))
                .contains("https://example.org/guide/people.html", "https://example.org/guide/key-quotations.html");
    }

    @Test
    void aSurnameSharedByTwoPeopleIsNotLinkedAndWarnsAtItsPlace() {
        BuiltGuide built = fixture().file("people.yml", PEOPLE + """
                - id: ivanov-sergei
                  name: Sergei Ivanov
                  group: russia
                  roles: ["Russian defence minister, 2001–2007"]
                  description: Defence minister in the 2000s.
                """).build();
        assertThat(built.errors()).isEmpty();
        assertThat(built.warnings()).hasSize(2).allSatisfy(d -> {
            assertThat(d.message()).isEqualTo("'Ivanov' could be Igor Ivanov or Sergei Ivanov, so it is not linked");
            assertThat(d.hint()).contains("write [[person:...]] with the person's id");
        });
        assertThat(built.warnings().stream().map(this::where))
                .containsExactly("content/chapters/first.md:8:1", "content/chapters/first.md:8:34");
        Element body = built.page("chapters/first.html").selectFirst(".chapter-body");
        assertThat(body.select("a.person").eachText()).containsExactly("Lord Robertson", "Igor Ivanov");
        assertThat(body.select("span.person")).isEmpty();
    }

    @Test
    void anUnknownPersonReferenceSuggestsTheClosestId() {
        Diagnostic d = fixture().file("chapters/second.md", GuideFixture.SECOND + "\nAsk [[person:ivanov-igro]].\n")
                .build().onlyError();
        assertThat(where(d)).isEqualTo("content/chapters/second.md:10:5");
        assertThat(d.message()).isEqualTo("unknown person 'ivanov-igro'");
        assertThat(d.hint()).contains("did you mean 'ivanov-igor'?");
    }

    @Test
    void aSpeakerMustBeAPersonId() {
        Diagnostic d = fixture().file("quotes.yml", GuideFixture.QUOTES.replace("  quoting: A Speaker",
                "  speaker: ivanov-igr")).build().onlyError();
        assertThat(where(d)).isEqualTo("content/quotes.yml:11:12");
        assertThat(d.message()).isEqualTo("unknown person 'ivanov-igr'");
        assertThat(d.hint()).contains("did you mean 'ivanov-igor'?");
    }

    @Test
    void aSpeakerWrittenAsANameIsToldItsId() {
        Diagnostic d = fixture().file("quotes.yml", GuideFixture.QUOTES.replace("  quoting: A Speaker",
                "  speaker: igor ivanov")).build().onlyError();
        assertThat(d.message()).isEqualTo("unknown person 'igor ivanov'");
        assertThat(d.hint()).contains("write the id 'ivanov-igor' rather than the name");
    }

    @Test
    void aQuotationHasASpeakerOrQuotesADocumentNotBoth() {
        Diagnostic d = fixture().file("quotes.yml", QUOTES.replace("  speaker: ivanov-igor",
                "  speaker: ivanov-igor\n  quoting: The Founding Act")).build().onlyError();
        assertThat(where(d)).isEqualTo("content/quotes.yml:12:12");
        assertThat(d.message()).isEqualTo("a quotation has either a 'speaker' or 'quoting', not both");
    }

    @Test
    void anUnknownKeyOrGroupInPeopleIsAnErrorWithASuggestion() {
        BuiltGuide built = fixture().file("people.yml", PEOPLE.replace("  roles: [An observer]", "  role: [An observer]")
                .replace("group: nato", "group: natto")).build();
        assertThat(built.errors()).hasSize(2);
        assertThat(built.errors().stream().map(this::where))
                .containsExactly("content/people.yml:11:10", "content/people.yml:18:3");
        assertThat(built.errors().get(0).message()).isEqualTo("unknown group 'natto'");
        assertThat(built.errors().get(0).hint()).contains("did you mean 'nato'?");
        assertThat(built.errors().get(1).message()).isEqualTo("unknown key 'role' in person entry");
        assertThat(built.errors().get(1).hint()).contains("did you mean 'roles'?");
    }

    @Test
    void aDuplicatePersonIdIsAnError() {
        Diagnostic d = fixture().file("people.yml", PEOPLE + """
                - id: doe-john
                  name: Jane Doe
                  group: other
                  description: A second Doe.
                """).build().errors().stream().filter(e -> e.message().startsWith("duplicate")).findFirst().orElseThrow();
        assertThat(where(d)).isEqualTo("content/people.yml:20:7");
        assertThat(d.message()).isEqualTo("duplicate person id 'doe-john'");
    }

    @Test
    void aGuideWithoutPeopleStillHasTheEmptyPage() {
        Document page = GuideFixture.in(root).build().assertClean().page("people.html");
        assertThat(page.select("main p").text()).isEqualTo("This guide names no people yet.");
    }
}
