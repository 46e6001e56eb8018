package org.studyguide.html;

import java.util.List;
import java.util.Random;

/**
 * Deterministic variants of HTML for the differential tests: real pages with tags dropped,
 * doubled, inserted or changed in case, characters and entities inserted; and random nestings.
 */
final class HtmlFuzzer {
    private static final List<String> INSERTS = List.of("<p>", "</p>", "<div>", "</div>", "<b>", "</b>", "<i>",
            "</i>", "<a href=\"#x\">", "</a>", "<li>", "</li>", "<ul>", "</ul>", "<table>", "<tr>", "<td>", "</td>",
            "<h2>", "</h2>", "<span>", "</span>", "<br/>", "<br>", "<P>", "<Div>", "<!-- c -->", "<!---->", "\r",
            "\r\n", "&amp;", "&copy", "&#x41;", "&nbsp;", "&notin;", "&#0;", "&", "<pre>", "<hr>", "<img src=x>",
            "<textarea>", "<svg>", "<math>", "<select>", "<option>", "<template>", "<noscript>", "<dd>", "<dt>",
            "<form>", "</form>", "<button>", "<nobr>", "<body>", "<head>", "<html>", "</body>", "</html>", "<title>",
            "<script>", "</script>", "<style>", "<![CDATA[x]]>", "<?x?>", "\0", "<", ">", "\"", "'", "=", " ", "\n",
            "/", "<p/>", "<span/>", "<x-y>", "</x-y>", "<meta name=\"a\">", "<main>", "</main>", "<strong>", "</em>");
    private static final List<String> NESTING = List.of("p", "div", "span", "b", "i", "em", "a", "li", "ul", "ol",
            "h1", "h2", "section", "article", "aside", "nav", "header", "footer", "blockquote", "dl", "dt", "dd",
            "sup", "abbr", "code", "table", "td", "tr", "pre", "button", "form", "nobr", "x-note", "figure", "small");

    private final Random random;

    HtmlFuzzer(long seed) {
        this.random = new Random(seed);
    }

    /** {@code html} with one to three mutations. */
    String mutate(String html) {
        String out = html;
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            out = mutateOnce(out);
        }
        return out;
    }

    private String mutateOnce(String html) {
        int at = html.isEmpty() ? 0 : random.nextInt(html.length());
        int tag = html.indexOf('<', at);
        int end = tag < 0 ? -1 : html.indexOf('>', tag);
        switch (random.nextInt(5)) {
            case 0:
                return end < 0 ? html : html.substring(0, tag) + html.substring(end + 1);
            case 1:
                return end < 0 ? html
                        : html.substring(0, end + 1) + html.substring(tag, end + 1) + html.substring(end + 1);
            case 2:
                return end < 0 ? html
                        : html.substring(0, tag) + html.substring(tag, end + 1).toUpperCase() + html.substring(end + 1);
            default:
                return html.substring(0, at) + INSERTS.get(random.nextInt(INSERTS.size())) + html.substring(at);
        }
    }

    /** A random nesting of elements and texts, well formed unless {@code broken}. */
    String nesting(boolean broken) {
        StringBuilder out = new StringBuilder();
        nest(out, 0);
        return broken ? mutateOnce(out.toString()) : out.toString();
    }

    private void nest(StringBuilder out, int depth) {
        for (int n = random.nextInt(4); n >= 0; n--) {
            int kind = random.nextInt(depth > 4 ? 2 : 5);
            if (kind == 0) {
                out.append(List.of("text", " ", "\n", "a &amp; b", "x&lt;y", "é").get(random.nextInt(6)));
            } else if (kind == 1) {
                out.append(List.of("<br>", "<img src=\"a.png\" alt=\"\">", "<!-- n -->", "<hr>", "<wbr>")
                        .get(random.nextInt(5)));
            } else {
                String name = NESTING.get(random.nextInt(NESTING.size()));
                out.append('<').append(name).append(random.nextBoolean() ? "" : " class=\"c" + depth + "\"")
                        .append('>');
                nest(out, depth + 1);
                out.append("</").append(name).append('>');
            }
        }
    }
}
