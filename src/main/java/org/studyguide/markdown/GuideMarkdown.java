package org.studyguide.markdown;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.ext.wikilink.WikiNode;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.studyguide.diag.Diagnostics;
import org.studyguide.model.Markdown;
import org.studyguide.model.Position;
import org.studyguide.model.Ref;

/**
 * The guide's Markdown dialect, configured once per build: CommonMark with tables and typographic
 * punctuation, wiki-style references ({@code [[kind:id|label]]}, {@code ![[quote:id]]}) and acronym
 * mentions. Raw HTML is escaped: authors write Markdown only.
 */
public final class GuideMarkdown {
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final TermMarker marker;

    /** A Markdown engine that marks up the given spellings in prose. */
    public GuideMarkdown(List<Spelling> spellings) {
        MutableDataSet options = new MutableDataSet()
                .set(WikiLinkExtension.LINK_FIRST_SYNTAX, true)
                .set(WikiLinkExtension.IMAGE_LINKS, true)
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.SOFT_BREAK, "\n");
        parser = Parser.builder(options)
                .extensions(List.of(WikiLinkExtension.create(), TablesExtension.create(), TypographicExtension.create()))
                .build();
        renderer = HtmlRenderer.builder(options)
                .extensions(List.of(TablesExtension.create(), TypographicExtension.create(),
                        new ReferenceRenderer.Extension()))
                .build();
        marker = new TermMarker(spellings);
    }

    /** Parses a text once; {@code ownTerm} names a glossary term not to mark up (in its own definition). */
    public ParsedMarkdown parse(Markdown source, Optional<String> ownTerm) {
        Document document = parser.parse(source.text());
        EmbedPass.apply(document);
        marker.mark(document, ownTerm);
        return new ParsedMarkdown(source, document);
    }

    /**
     * Every reference in a parsed text, in order: written ones and acronym mentions. Malformed
     * references are reported to {@code diagnostics} at their exact place and left out.
     */
    public List<RefUse> references(ParsedMarkdown parsed, Diagnostics diagnostics) {
        List<RefUse> uses = new ArrayList<>();
        Markdown.Locator locator = parsed.source().locator();
        for (Node node : parsed.document().getDescendants()) {
            if (!(node instanceof TermMention || node instanceof WikiNode)) {
                continue;
            }
            Position at = locator.positionOf(node.getStartOffset());
            if (node instanceof TermMention mention) {
                uses.add(new RefUse(new Ref(Ref.Kind.TERM, mention.spelling().termId(), at), true, false));
            } else if (node instanceof WikiNode wiki) {
                written(wiki, at, diagnostics).ifPresent(uses::add);
            }
        }
        return uses;
    }

    private static Optional<RefUse> written(WikiNode node, Position at, Diagnostics diagnostics) {
        ReferenceSyntax.Written written = ReferenceSyntax.read(node);
        if (written.problem().isPresent()) {
            diagnostics.error(at, written.problem().get().message(), written.problem().get().hint());
            return Optional.empty();
        }
        Ref ref = new Ref(written.kind().get(), written.id(), at);
        if (node instanceof WikiImage image) {
            if (ref.kind() != Ref.Kind.QUOTE) {
                diagnostics.error(at, "only quotations can be embedded",
                        "write [[" + ref.kind().prefix() + ":" + ref.id() + "]] to link to it");
                return Optional.empty();
            }
            if (!(image.getParent() instanceof QuoteEmbed)) {
                diagnostics.error(at, "an embedded quotation must stand alone in its own paragraph",
                        "put a blank line before and after ![[quote:" + ref.id() + "]], or link it with [[quote:"
                                + ref.id() + "]]");
                return Optional.empty();
            }
        }
        return Optional.of(new RefUse(ref, false, node instanceof WikiImage));
    }

    /** Renders a parsed text to HTML, resolving references through {@code resolver}. */
    public String render(ParsedMarkdown parsed, RefResolver resolver) {
        Document document = parsed.document();
        document.set(ReferenceRenderer.RESOLVER, resolver);
        return renderer.render(document);
    }
}
