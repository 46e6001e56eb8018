package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.testing.BuiltGuide;
import org.studyguide.testing.GuideFixture;

/** Plain text from YAML gets the same typographic punctuation as Markdown, and code and URLs keep theirs. */
class YamlTypographyTest {
    @TempDir
    Path root;

    private BuiltGuide built;

    @BeforeEach
    void build() {
        built = GuideFixture.in(root)
                .file("chapters/first.md", GuideFixture.FIRST
                        .replace("title: First chapter", "title: The \"new\" council's role")
                        .replace("summary: The first one.", "summary: Cooperation -- and its limits...")
                        .replace("The NRC met often.", "The NRC met often. It's \"fine\", says `'raw' --x`."))
                .file("glossary.yml", GuideFixture.GLOSSARY
                        .replace("expansion: Permanent Joint Council", "expansion: Permanent Joint Council ('the PJC')"))
                .file("timeline.yml", GuideFixture.TIMELINE.replace("title: NRC founded", "title: NRC founded --- at last"))
                .file("sources.yml", GuideFixture.SOURCES.replace("title: Reading A", "title: Reading A, the \"hopes\" of 'détente'")
                        .replace("note:", "url: https://example.org/a--b\n  note:"))
                .build().assertClean();
    }

    @Test
    void titlesAndSummariesFromYamlGetCurlyQuotesAndDashes() {
        Document chapter = built.page("chapters/first.html");
        assertThat(chapter.select("h1").text()).isEqualTo("The “new” council’s role");
        assertThat(chapter.title()).startsWith("The “new” council’s role");
        assertThat(chapter.select(".summary").text()).isEqualTo("Cooperation – and its limits…");
        assertThat(built.page("index.html").select(".chapter-list p").first().text())
                .isEqualTo("Cooperation – and its limits…");
        assertThat(built.page("glossary.html").select("#PJC .expansion").text())
                .isEqualTo("Permanent Joint Council (‘the PJC’)");
        assertThat(built.page("timeline.html").select("#council-2002 h3").text()).isEqualTo("NRC founded — at last");
        assertThat(built.page("sources.html").select("#reading-a h2").text()).isEqualTo("Reading A, the “hopes” of ‘détente’");
    }

    @Test
    void markdownAndYamlTextLookAlikeWhileCodeAndUrlsStayAsWritten() {
        Document chapter = built.page("chapters/first.html");
        assertThat(chapter.select(".chapter-body p").text()).contains("It’s “fine”, says");
        assertThat(chapter.select(".chapter-body code").text()).isEqualTo("'raw' --x");
        assertThat(built.page("sources.html").select("#reading-a .bibliography a").text())
                .isEqualTo("https://example.org/a--b");
    }
}
