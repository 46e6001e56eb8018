package org.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;
import org.studyguide.testing.SearchIndexFile;

/** The search index: what it holds for each kind of entry, read back as the browser reads it. */
class SearchIndexTest {
    @TempDir
    Path root;

    private SearchIndexFile build(GuideFixture fixture) {
        BuiltGuide built = fixture.build().assertClean();
        return SearchIndexFile.read(built.out());
    }

    @Test
    void eachChapterIsAnEntryAndEachSectionOneMoreLinkedToItsHeading() {
        SearchIndexFile index = build(GuideFixture.in(root).file("chapters/first.md", """
                ---
                title: First chapter
                summary: The first one.
                objectives:
                  - Explain the NRC.
                ---
                ## Beginnings

                The NRC replaced the PJC in 2002.

                ### A detail

                Details below a minor heading.

                ## Later years

                Meetings became rare.
                """));
        assertThat(index.ofKind("chapter")).extracting(SearchIndexFile.Document::url).containsExactly(
                "chapters/first.html", "chapters/first.html#beginnings", "chapters/first.html#later-years",
                "chapters/second.html", "chapters/second.html#later");
        SearchIndexFile.Document chapter = index.at("chapters/first.html");
        assertThat(chapter.title()).isEqualTo("First chapter");
        assertThat(chapter.where()).isEqualTo("Readings");
        assertThat(chapter.text()).isEqualTo("The first one. Explain the NRC.");
        SearchIndexFile.Document beginnings = index.at("chapters/first.html#beginnings");
        assertThat(beginnings.title()).isEqualTo("Beginnings");
        assertThat(beginnings.where()).isEqualTo("First chapter");
        assertThat(beginnings.text()).isEqualTo("The NRC replaced the PJC in 2002. A detail Details below a minor heading.");
        assertThat(index.at("chapters/first.html#later-years").text()).isEqualTo("Meetings became rare.");
    }

    @Test
    void embeddedQuotationsAreLeftToTheirOwnEntries() {
        SearchIndexFile index = build(GuideFixture.in(root));
        SearchIndexFile.Document section = index.at("chapters/first.html#beginnings");
        assertThat(section.text()).contains("The NRC replaced the PJC in 2002.").doesNotContain("The council met often");
        assertThat(index.at("quotes.html#first-quote").text()).startsWith("“The council met often.”");
    }

    @Test
    void theChapterPageKeepsWhatItsSearchEntriesLeaveOut() {
        BuiltGuide built = GuideFixture.in(root).build().assertClean();
        assertThat(SearchIndexFile.read(built.out()).at("chapters/first.html#beginnings").text())
                .doesNotContain("The council met often");
        Document page = built.page("chapters/first.html");
        assertThat(page.select(".chapter-body > figure[data-quote=first-quote]").text()).contains("The council met often");
        assertThat(page.select(".chapter-body > aside.margin-note")).as("the margin notes, also left out of the search")
                .isNotEmpty();
    }

    @Test
    void termsQuotationsAndEventsAreEntriesWithTheirAnchors() {
        SearchIndexFile index = build(GuideFixture.in(root));
        SearchIndexFile.Document nrc = index.at("glossary.html#NRC");
        assertThat(nrc.kind()).isEqualTo("term");
        assertThat(nrc.title()).isEqualTo("NRC (NATO-Russia Council)");
        assertThat(nrc.text()).isEqualTo("The council founded in 2002, successor of the PJC.");
        SearchIndexFile.Document quote = index.at("quotes.html#second-quote");
        assertThat(quote.kind()).isEqualTo("quotation");
        assertThat(quote.title()).isEqualTo("A Speaker · Reading A");
        assertThat(quote.where()).isEqualTo("paragraph 2");
        assertThat(quote.text()).isEqualTo("“Cooperation was uneven.” On cooperation.");
        assertThat(index.at("quotes.html#first-quote").title()).isEqualTo("Reading A");
        SearchIndexFile.Document event = index.at("timeline.html#council-2002");
        assertThat(event.kind()).isEqualTo("event");
        assertThat(event.title()).isEqualTo("NRC founded");
        assertThat(event.where()).isEqualTo("2002-05-28");
        assertThat(event.text()).isEqualTo("The NRC is founded.");
        assertThat(index.documents()).extracting(SearchIndexFile.Document::kind).containsOnly("chapter", "term", "quotation", "event", "source");
        assertThat(index.ofKind("term")).hasSize(2);
        assertThat(index.ofKind("quotation")).hasSize(2);
        assertThat(index.ofKind("event")).hasSize(2);
    }

    @Test
    void aliasesAreSearchable() {
        SearchIndexFile index = build(GuideFixture.in(root).file("glossary.yml", GuideFixture.GLOSSARY.replace(
                "  related: [PJC]", "  aliases: [NATO-Russia council]\n  related: [PJC]")));
        assertThat(index.at("glossary.html#NRC").text()).endsWith(" Also written: NATO-Russia council.");
    }

    @Test
    void everyEntryLinksToAPageAndAnchorOfTheSite() {
        BuiltGuide built = GuideFixture.in(root).build().assertClean();
        for (SearchIndexFile.Document document : SearchIndexFile.read(built.out()).documents()) {
            String[] url = document.url().split("#", 2);
            assertThat(built.out().resolve(url[0])).as(document.url()).isRegularFile();
            if (url.length == 2) {
                Document page = built.page(url[0]);
                assertThat(page.getElementById(url[1])).as(document.url()).isNotNull();
            }
        }
    }

    @Test
    void textIsEscapedAsJson() {
        List<SearchDocument> documents = List.of(new SearchDocument(SearchDocument.Kind.TERM, "glossary.html#x",
                "Quote \" and backslash \\", "tab\there", "line\nbreak, control \u0001, dash – and “quotes”"));
        SearchIndexFile index = SearchIndexFile.parse(new String(SearchIndex.script(documents), StandardCharsets.US_ASCII));
        assertThat(index.documents()).containsExactly(new SearchIndexFile.Document("term", "glossary.html#x",
                "Quote \" and backslash \\", "tab\there", "line\nbreak, control \u0001, dash – and “quotes”"));
    }

    @Test
    void lunrIsCopiedFromItsWebJar() throws Exception {
        BuiltGuide built = GuideFixture.in(root).build().assertClean();
        byte[] copied = Files.readAllBytes(built.out().resolve("assets/lunr.min.js"));
        try (var webJar = getClass().getClassLoader().getResourceAsStream("META-INF/resources/webjars/lunr/2.3.9/lunr.min.js")) {
            assertThat(webJar).as("the lunr 2.3.9 WebJar is on the class path").isNotNull();
            assertThat(copied).isEqualTo(webJar.readAllBytes());
        }
        String lunr = new String(copied, StandardCharsets.UTF_8);
        assertThat(lunr.startsWith("/**\n * lunr") && lunr.contains(".version=\"2.3.9\"")).as("lunr 2.3.9").isTrue();
    }
}
