package org.studyguide.markdown;

import com.vladsch.flexmark.html.HtmlWriter;

/**
 * Writes an embedded quotation as a figure: the words in a {@code <blockquote>} citing the reading,
 * and a caption with the speaker (when the reading quotes someone), the reading's title linked to
 * its entry, the place in the reading, and a link to the quotation's own entry; then its
 * explanation, when it has one, in a disclosure ({@code <details>}) below the figure.
 */
final class FigureHtml {
    private FigureHtml() {
    }

    /** Writes {@code quote} as a block, in place of the paragraph that embedded it. */
    static void write(RefResolver.QuoteFigure quote, HtmlWriter html) {
        html.attr("class", "quote").attr("data-quote", quote.id()).withAttr().tagLine("figure");
        html.attr("cite", quote.sourceUrl()).withAttr().tag("blockquote");
        for (String paragraph : quote.text().strip().split("\\n\\s*\\n")) {
            html.tag("p").text(paragraph.strip()).tag("/p");
        }
        html.tag("/blockquote").line();
        html.tag("figcaption");
        quote.speaker().ifPresent(speaker -> speaker(speaker, html));
        html.tag("cite").attr("href", quote.sourceUrl()).withAttr().tag("a").text(quote.sourceTitle()).tag("/a")
                .tag("/cite");
        if (!quote.locator().isBlank()) {
            html.text(", " + quote.locator());
        }
        html.text(" · ").attr("class", "quote-link").attr("href", quote.url()).withAttr().tag("a")
                .text("about this quotation").tag("/a");
        html.tag("/figcaption").line();
        html.tagLine("/figure");
        quote.explanationHtml().ifPresent(explanation -> {
            html.attr("class", "quote-explanation").attr("data-quote", quote.id()).withAttr().tagLine("details");
            html.tag("summary").text("What this quotation shows").tag("/summary").line();
            html.raw(explanation);
            html.tagLine("/details");
        });
    }

    /** The speaker's name (linked to their entry when a person) and role, then "quoted in". */
    private static void speaker(RefResolver.Speaker speaker, HtmlWriter html) {
        html.attr("class", "speaker").withAttr().tag("span");
        if (speaker.url().isPresent()) {
            html.attr("href", speaker.url().get()).withAttr().tag("a").text(speaker.name()).tag("/a");
        } else {
            html.text(speaker.name());
        }
        html.tag("/span");
        if (!speaker.role().isEmpty()) {
            html.text(" (").attr("class", "speaker-role").withAttr().tag("span").text(speaker.role()).tag("/span")
                    .text(")");
        }
        html.text(", quoted in ");
    }
}
