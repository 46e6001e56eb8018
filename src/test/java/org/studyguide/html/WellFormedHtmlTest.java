package org.studyguide.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The fast builder gives Jsoup's tree for well-formed pages and fragments, and declines what it does not take. */
class WellFormedHtmlTest {
    private static final String PAGE = """

            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="description" content="A &amp; B &quot;quoted&quot; &#39;x&#39;">
            <title>Tom &amp; Jerry · Guide</title>
            <link rel="stylesheet" href="/assets/style.css">
            <!-- a comment in the head -->
            <script src="/assets/a.js" defer></script>
            <style>p > a { color: red; }</style>
            </head>
            <body class="page">
            <a class="skip" href="#main">Skip</a>
            <header><nav aria-label="Chapters"><ul>
              <li><a href="/a.html" aria-current="page">A &lt;b&gt; &copy &notit; &amp;c</a></li>
              <li><ul><li>nested</li></ul></li>
            </ul></nav></header>
            <main id="main"><h1>Title <span>x</span></h1>
            <p>Some <em>text</em> with <abbr title="North Atlantic Treaty Organization">NATO</abbr><br>and<br/>more.</p>
            <studyguide-chapter-body></studyguide-chapter-body>
            <dl><dt>t</dt><dd>d<!--c--></dd></dl>
            <details><summary>s</summary><p>hidden</p></details>
            <button type="button" hidden>b</button><input type="checkbox" checked>
            <img src="a.png" alt=""><hr>
            </main>
            <footer><p>end</p></footer>
            <script src="/assets/b.js"></script>
            </body>
            </html>
            """;

    @Test
    void buildsJsoupsTreeForAWellFormedPage() {
        Document ours = WellFormedHtml.document(PAGE);
        assertThat(ours).isNotNull();
        SameTree.assertSame(Jsoup.parse(PAGE), ours, PAGE);
    }

    @Test
    void buildsJsoupsTreeForPagesWithoutEndTagsOrDoctypeAndWithTrailingComments() {
        for (String page : new String[] {PAGE.replace("</body>\n</html>\n", ""), PAGE.replace("</html>\n", ""),
                PAGE.replace("<!DOCTYPE html>", ""), PAGE + "<!-- after -->\n ",
                PAGE.replace("</body>", "</body><!-- x -->\n"),
                PAGE.replace("<!DOCTYPE html>", "<!doctype html><!--c-->")}) {
            assertThat(SameTree.check(true, page)).as(page).isTrue();
        }
    }

    @Test
    void buildsJsoupsTreeForBodyFragments() {
        for (String body : new String[] {"", "text only", " <p>a &amp; b</p>\n<p>c</p> ",
                "<h2 id=\"x\">T</h2><ol><li><p>x</p></li></ol>",
                "<p><a href=\"#fn-1\" class=\"footnote-ref\"><sup>1</sup></a></p>"
                        + "<script>if (a < b && c) {}</script>"}) {
            assertThat(SameTree.check(false, body)).as(body).isTrue();
        }
    }

    @Test
    void declinesWhatTreeConstructionDoesMoreWith() {
        for (String body : new String[] {"<p>a<div>b</div></p>", "<p>a<p>b</p></p>", "<b>x<i>y</b></i>", "<div>x",
                "<ul><li>a<li>b</ul>", "<a href=x>y</a>", "<table><tr><td>x</td></tr></table>", "<P>x</P>",
                "<p class=\"a\" class=\"b\">x</p>", "a\r\nb", "<pre>\nx</pre>", "<svg></svg>", "<div/>", "</p>",
                "<h1><h2>x</h2></h1>", "<a href=\"#\"><a href=\"#\">x</a></a>", "<li><span><li>x</li></span></li>",
                "<select><option>x</option></select>", "<textarea>x</textarea>", "<?php x ?>", "a < b",
                "<![CDATA[x]]>", "<!-->", "<template>x</template>", "<br></br>", "<noscript>x</noscript>",
                "<span onclick=x>y</span>", "<p>x</p\n>", "<math></math>", "<frameset></frameset>"}) {
            assertThat(WellFormedHtml.bodyFragment(body)).as(body).isNull();
        }
        assertThat(WellFormedHtml.document(PAGE.replace("<title>", "<noscript></noscript><title>"))).isNull();
        assertThat(WellFormedHtml.document(PAGE.replace("</head>", "<div></div></head>"))).isNull();
        assertThat(WellFormedHtml.document(PAGE.replace("<!DOCTYPE html>", "<!DOCTYPE html PUBLIC \"x\">"))).isNull();
    }

    @Test
    void fuzzedVariantsAreEitherDeclinedOrParsedAsJsoupDoes() {
        HtmlFuzzer fuzzer = new HtmlFuzzer(11);
        String fragment = PAGE.substring(PAGE.indexOf("<a class"), PAGE.indexOf("</body>"));
        int taken = 0;
        for (int i = 0; i < 2000; i++) {
            taken += SameTree.check(true, fuzzer.mutate(PAGE)) ? 1 : 0;
            taken += SameTree.check(false, fuzzer.mutate(fragment)) ? 1 : 0;
            taken += SameTree.check(false, fuzzer.nesting(i % 2 == 0)) ? 1 : 0;
        }
        // Some variants are still well formed (and must be taken), most are not.
        assertThat(taken).isBetween(200, 5800);
    }
}
