package org.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class RelativeLinksTest {
    @Test
    void rewritesRootUrlsRelativeToThePage() {
        Document page = Jsoup.parse("<a id=a href='/glossary.html#NRC'></a><a id=b href='/chapters/b.html'></a>"
                + "<a id=c href='/'></a><link id=d href='/assets/style.css'><a id=e href='//example.org/x'></a>"
                + "<a id=f href='https://example.org/'></a><blockquote id=g cite='/sources.html#r'></blockquote>");
        RelativeLinks.rewrite(page, "chapters/a.html");
        assertThat(page.getElementById("a").attr("href")).isEqualTo("../glossary.html#NRC");
        assertThat(page.getElementById("b").attr("href")).isEqualTo("b.html");
        assertThat(page.getElementById("c").attr("href")).isEqualTo("../index.html");
        assertThat(page.getElementById("d").attr("href")).isEqualTo("../assets/style.css");
        assertThat(page.getElementById("e").attr("href")).isEqualTo("//example.org/x");
        assertThat(page.getElementById("f").attr("href")).isEqualTo("https://example.org/");
        assertThat(page.getElementById("g").attr("cite")).isEqualTo("../sources.html#r");
    }

    @Test
    void relativePathsBetweenFolders() {
        assertThat(RelativeLinks.relative("glossary.html", List.of())).isEqualTo("glossary.html");
        assertThat(RelativeLinks.relative("chapters/x.html#s", List.of())).isEqualTo("chapters/x.html#s");
        assertThat(RelativeLinks.relative("a/b/c.html", List.of("a", "d"))).isEqualTo("../b/c.html");
        assertThat(RelativeLinks.relative("#top", List.of("chapters"))).isEqualTo("../index.html#top");
    }

    @Test
    void aUrlRewrittenForOneFolderIsRewrittenAfreshForAnother() {
        String html = "<a id=a href='/glossary.html#NRC'></a><img id=b src='/chapters/x.png'>";
        assertThat(rewritten(html, "chapters/a.html")).containsExactly("../glossary.html#NRC", "x.png");
        assertThat(rewritten(html, "index.html")).containsExactly("glossary.html#NRC", "chapters/x.png");
        assertThat(rewritten(html, "terms/deep/t.html")).containsExactly("../../glossary.html#NRC", "../../chapters/x.png");
        assertThat(rewritten(html, "chapters/b.html")).containsExactly("../glossary.html#NRC", "x.png");
        assertThat(rewritten(html, "chapter/c.html")).containsExactly("../glossary.html#NRC", "../chapters/x.png");
    }

    @Test
    void onlyTheUrlAttributesAreRewritten() {
        Document page = Jsoup.parse("<a id=a title='/not-a-link' data-src='/assets/i.png' HREF='/b.html'></a>");
        RelativeLinks.rewrite(page, "chapters/a.html");
        assertThat(page.getElementById("a").attr("title")).isEqualTo("/not-a-link");
        assertThat(page.getElementById("a").attr("data-src")).isEqualTo("../assets/i.png");
        assertThat(page.getElementById("a").attr("href")).isEqualTo("../b.html");
    }

    @Test
    void thePassAgreesWithFromPageForAnyUrlAndFolder() {
        // Pages' URLs from a few parts that share prefixes (a, ab, a.html), with fragments, queries,
        // empty parts, trailing slashes and a # in a folder's name, rewritten by the pass (which
        // remembers its answers per folder, across pages and tests) and by fromPage (worked out anew).
        String[] parts = {"a", "ab", "b", "a.html", "b.html", "", "x y", "a#b"};
        Random random = new Random(13);
        for (int i = 0; i < 20_000; i++) {
            String path = randomPath(random, parts, 3) + "p.html";
            StringBuilder url = new StringBuilder("/").append(randomPath(random, parts, 4));
            url.append(parts[random.nextInt(parts.length)]);
            switch (random.nextInt(5)) {
                case 0 -> url.append("#").append(parts[random.nextInt(parts.length)]).append("/c");
                case 1 -> url.append("?q=/a");
                default -> { }
            }
            Element link = Jsoup.parse("").body().appendElement("a").attr("href", url.toString());
            RelativeLinks.visitor(path, Optional.empty()).element(link);
            assertThat(link.attr("href")).as(url + " from " + path).isEqualTo(RelativeLinks.fromPage(url.toString(), path));
        }
    }

    @Test
    void linksIntoThePagesOwnFolderAgreeWithFromPage() {
        // Worked out without a lookup (the text after the folder) when the file name is plain.
        for (String path : List.of("p.html", "chapters/p.html", "a/b/p.html", "a//p.html", "/p.html", "a#b/p.html")) {
            String folder = path.substring(0, path.lastIndexOf('/') + 1);
            for (String rest : List.of("b.html", "b.html#x", "b.html#x/y", "b.html?q=/a", "#x", "", "c/", "c/d.html",
                    "..", "b.html?q#f/g")) {
                String url = "/" + folder + rest;
                Element link = Jsoup.parse("").body().appendElement("a").attr("href", url);
                RelativeLinks.visitor(path, Optional.empty()).element(link);
                assertThat(link.attr("href")).as(url + " from " + path).isEqualTo(RelativeLinks.fromPage(url, path));
            }
        }
        assertThat(RelativeLinks.fromPage("/chapters/b.html#s-1", "chapters/a.html")).isEqualTo("b.html#s-1");
    }

    private static String randomPath(Random random, String[] parts, int most) {
        StringBuilder path = new StringBuilder();
        for (int depth = random.nextInt(most); depth > 0; depth--) {
            path.append(parts[random.nextInt(parts.length)]).append('/');
        }
        return path.toString();
    }

    /** The href of #a and src of #b once {@code html} is rewritten for a page at {@code path}. */
    private static List<String> rewritten(String html, String path) {
        Document page = Jsoup.parse(html);
        RelativeLinks.rewrite(page, path);
        return List.of(page.getElementById("a").attr("href"), page.getElementById("b").attr("src"));
    }
}
