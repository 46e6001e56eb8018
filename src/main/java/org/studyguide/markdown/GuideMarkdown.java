package org.studyguide.markdown;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.studyguide.diag.Diagnostics;
import org.studyguide.model.ItemId;
import org.studyguide.model.Markdown;
import org.studyguide.model.Position;
import org.studyguide.model.Ref;

/**
 * The guide's Markdown dialect, built once per build and safe to share between threads: CommonMark
 * with tables, typographic punctuation, heading ids, callouts ({@link CalloutExtension}), footnotes, wiki-style references ({@code [[kind:id|label]]},
 * a bare {@code [[id]]} for a term, {@code ![[quote:id]]} alone in a paragraph to embed a
 * quotation) and the spellings of terms and names marked up in prose. Raw HTML is escaped: authors write Markdown only.
 *
 * <p>A text is parsed once ({@link #parse}); the link stage reads its references from the tree
 * ({@link #references}) and the render stage turns the same tree into HTML ({@link #render}).
 * Rendering one parsed text from several threads at once is safe, but those renders take turns.
 */
public final class GuideMarkdown {
    private static final String PARAGRAPH_START = "<p>";
    private static final String PARAGRAPH_END = "</p>\n";

    private final List<Spelling> spellings;
    private final boolean marksSources;
    /** Made on first use: a build that takes every text from the cache needs no parser or renderer. */
    private volatile Engine engine;

    /**
     * A Markdown engine that marks up the given spellings in prose, and marks the links, images and
     * headings it renders with their place in the author's file (see {@link SourceMarks}).
     */
    public GuideMarkdown(List<Spelling> spellings) {
        this(spellings, true);
    }

    private GuideMarkdown(List<Spelling> spellings, boolean marksSources) {
        this.spellings = List.copyOf(spellings);
        this.marksSources = marksSources;
    }

    /** Flexmark's parser and renderer configured for the dialect, and the marker of spellings. */
    private record Engine(Parser parser, HtmlRenderer renderer, MentionMarker marker) {
        static Engine of(List<Spelling> spellings) {
            MutableDataSet options = options();
            Parser parser = GuideMarkdown.parser(true);
            // The wiki link and footnote extensions only parse: ReferenceRenderer and FootnoteRenderer render their nodes.
            HtmlRenderer renderer = HtmlRenderer.builder(options)
                    .extensions(List.of(TablesExtension.create(), TypographicExtension.create(),
                            CalloutExtension.create()))
                    .nodeRendererFactory(ignored -> new ReferenceRenderer())
                    .attributeProviderFactory(new SourceMarks.Factory())
                    .nodeRendererFactory(ignored -> new FootnoteRenderer())
                    .nodeRendererFactory(ignored -> new ProseTextRenderer())
                    .build();
            return new Engine(parser, renderer, new MentionMarker(spellings));
        }
    }

    /** The options of the dialect's parser and renderer. */
    static MutableDataSet options() {
        return new MutableDataSet()
                .set(WikiLinkExtension.LINK_FIRST_SYNTAX, true)
                .set(WikiLinkExtension.IMAGE_LINKS, true)
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true);
    }

    /**
     * The dialect's parser. Made {@code lean}, it leaves two things to cheaper parts of ours: tables
     * to {@link TablesOnDemand}, callouts to {@link #tree}. Else it parses with the extensions' own
     * parts, which the test of both compares it with.
     */
    static Parser parser(boolean lean) {
        Parser.Builder builder = Parser.builder(options());
        if (lean) {
            builder.extensions(List.of(WikiLinkExtension.create(), TypographicExtension.create(),
                    FootnoteExtension.create()));
            builder.paragraphPreProcessorFactory(new TablesOnDemand());
        } else {
            builder.extensions(List.of(WikiLinkExtension.create(), TablesExtension.create(),
                    TypographicExtension.create(), CalloutExtension.create(), FootnoteExtension.create()));
        }
        return builder.build();
    }

    /** Flexmark's tree of {@code text}, parsed by the lean parser, with its callouts made. */
    Document tree(String text) {
        Document document = engine().parser().parse(text);
        CalloutPostProcessor.apply(document, text);
        return document;
    }

    private Engine engine() {
        Engine made = engine;
        if (made == null) {
            synchronized (this) {
                if (engine == null) {
                    engine = Engine.of(spellings);
                }
                made = engine;
            }
        }
        return made;
    }

    /**
     * Parses {@code source} once. Mentions of {@code owner} are not marked up (a glossary
     * entry's definition does not mark its own headword, nor a person's description their name).
     */
    public ParsedMarkdown parse(Markdown source, Optional<ItemId> owner) {
        Optional<MarkdownLimits.Refusal> longLine = MarkdownLimits.longLine(source.text());
        Parser parser = engine().parser();
        Document document = longLine.isPresent() ? parser.parse("") : tree(source.text());
        Optional<MarkdownLimits.Refusal> refusal = longLine.or(() -> MarkdownLimits.tooDeep(document));
        if (refusal.isPresent()) {
            // Parsing or rendering would recurse past the stack: keep an empty tree that says why.
            Document empty = parser.parse("");
            empty.set(MarkdownLimits.REFUSED, refusal);
            return new ParsedMarkdown(source, empty, source.locator());
        }
        Markdown.Locator locator = source.locator();
        if (marksSources) {
            document.set(SourceMarks.LOCATOR, locator);
        }
        document.set(TextAnchors.KEY, TextAnchors.of(source));
        FootnoteRenderer.number(document);
        EmbedPass.apply(document);
        engine().marker().mark(document, owner);
        return new ParsedMarkdown(source, document, locator);
    }

    /**
     * Every reference in a parsed text in document order, written ones and mentions alike, each at
     * its place in the user's file. Malformed references, links whose scheme is not allowed,
     * unknown callout kinds and footnotes without text are reported to {@code diagnostics}.
     */
    public List<RefUse> references(ParsedMarkdown parsed, Diagnostics diagnostics) {
        MarkdownChecks.report(parsed, diagnostics);
        UnsafeLinks.report(parsed, diagnostics);
        return RefUses.of(parsed, diagnostics);
    }

    /** A parsed text as HTML, its references resolved through {@code resolver}. */
    public String render(ParsedMarkdown parsed, RefResolver resolver) {
        return render(parsed, resolver, true);
    }

    /**
     * {@link #render}, with or without mentions written through Flexmark as markers and spliced in
     * after ({@link RawSplices}): the same HTML either way, faster with them.
     */
    String render(ParsedMarkdown parsed, RefResolver resolver, boolean withMarkers) {
        Document document = parsed.document();
        synchronized (document) {
            document.set(ReferenceRenderer.RESOLVER, resolver);
            try {
                if (withMarkers) {
                    RawSplices splices = new RawSplices();
                    document.set(ReferenceRenderer.SPLICES, splices);
                    Optional<String> html = splices.splice(engine().renderer().render(document));
                    document.remove(ReferenceRenderer.SPLICES);
                    if (html.isPresent()) {
                        return html.get();
                    }
                    // The text holds characters that look like a marker: rendered again, without markers.
                }
                return engine().renderer().render(document);
            } finally {
                document.remove(ReferenceRenderer.RESOLVER);
                document.remove(ReferenceRenderer.SPLICES);
            }
        }
    }

    /**
     * Like {@link #render}, but a text that is a single paragraph comes without its {@code <p>}
     * wrapper, for one-line fields such as a review question. Other texts render as blocks.
     */
    public String renderInline(ParsedMarkdown parsed, RefResolver resolver) {
        String html = render(parsed, resolver);
        boolean wrapped = isOneParagraph(parsed.document())
                && html.startsWith(PARAGRAPH_START) && html.endsWith(PARAGRAPH_END);
        return wrapped ? html.substring(PARAGRAPH_START.length(), html.length() - PARAGRAPH_END.length()) : html;
    }

    /**
     * Plain Markdown text (emphasis, code, typographic punctuation) as HTML with no paragraph
     * wrapper, for a one-line field that the link stage does not see, such as a chapter's summary.
     * Nothing is marked up and references are not resolved: one shows as written.
     */
    public static String renderInline(String text) {
        GuideMarkdown plain = Plain.MARKDOWN;
        Markdown source = Markdown.at(text, Plain.NOWHERE);
        return plain.renderInline(plain.parse(source, Optional.empty()), Plain.RESOLVES_NOTHING);
    }

    /** True when the only block that renders is one paragraph (link reference definitions render nothing). */
    private static boolean isOneParagraph(Document document) {
        int paragraphs = 0;
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Paragraph) {
                paragraphs++;
            } else if (!(block instanceof Reference)) {
                return false;
            }
        }
        return paragraphs == 1;
    }

    /** The engine behind {@link #renderInline(String)}, made on first use. */
    private static final class Plain {
        static final GuideMarkdown MARKDOWN = new GuideMarkdown(List.of(), false);
        static final Position NOWHERE = new Position(Path.of("inline"), 1, 1);
        static final RefResolver RESOLVES_NOTHING = new RefResolver() {
            @Override
            public Optional<Target> target(Ref.Kind kind, String id) {
                return Optional.empty();
            }

            @Override
            public Optional<QuoteFigure> quote(String id) {
                return Optional.empty();
            }
        };

        private Plain() {
        }
    }
}
