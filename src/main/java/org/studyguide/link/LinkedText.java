package org.studyguide.link;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.studyguide.diag.Diagnostic;
import org.studyguide.markdown.GuideMarkdown;
import org.studyguide.markdown.ParsedMarkdown;
import org.studyguide.markdown.RecordingResolver;
import org.studyguide.markdown.RefResolver;
import org.studyguide.markdown.RefUse;
import org.studyguide.model.Markdown;

/**
 * One Markdown text of a linked guide: the references and problems the link stage found in it, its
 * parse tree (parsed only when first needed, when those came from the cache) and, when the build
 * has a cache, the HTML rendered from it with the resolver's answers it was rendered with, this
 * build's and an earlier one's ({@link #html}). The tree is let go once the text is rendered (a
 * text is rendered once per form and build: the render stage keeps the HTML it shows in several
 * places) and parsed again if it is rendered once more: a large guide's trees (a 10,000-chapter
 * guide's take about 200 MB) would otherwise all stay until the last page that shows one is
 * rendered. (Held softly, as they were, they stayed until the heap was full and the collector had
 * spent seconds in full collections; a build of 10,000 chapters then ran out of its 720 MB now and
 * then.) A build renders chapter bodies in the link stage ({@link EarlyBodies}), so that their trees
 * do not wait for the render stage at all.
 */
public final class LinkedText {
    /** The ways the render stage turns a text into HTML; each is kept apart. */
    public enum Form {
        /** Blocks; embedded quotations come with their explanations. */
        WITH_EXPLANATIONS,
        /** Blocks; embedded quotations come without explanations (in an explanation). */
        WITHOUT_EXPLANATIONS,
        /** A single paragraph without its {@code <p>}, for a one-line field. */
        INLINE
    }

    private final Markdown source;
    /** The references, until the link stage has resolved them (see {@link #resolved}). */
    private List<RefUse> uses;
    private final List<Diagnostic> problems;
    private final boolean fromCache;
    private final Optional<Map<Form, RecordingResolver.Rendered>> earlier;
    private final Map<Form, RecordingResolver.Rendered> made = new ConcurrentHashMap<>();
    private final Supplier<ParsedMarkdown> parse;
    /** The link stage's tree until the first render takes it. */
    private ParsedMarkdown tree;
    /** The HTML the link stage rendered ({@link #renderEarly}) until the render stage takes it. */
    private String early;

    private LinkedText(Markdown source, List<RefUse> uses, List<Diagnostic> problems, boolean fromCache,
            Optional<Map<Form, RecordingResolver.Rendered>> earlier, Supplier<ParsedMarkdown> parse,
            Optional<ParsedMarkdown> tree) {
        this.source = source;
        this.uses = List.copyOf(uses);
        this.problems = List.copyOf(problems);
        this.fromCache = fromCache;
        this.earlier = earlier.map(renders -> renders.isEmpty() ? Map.of() : new EnumMap<>(renders));
        this.parse = parse;
        this.tree = tree.orElse(null);
    }

    /**
     * A text parsed in this build, which {@code parse} parses again to the same tree; its renders are
     * recorded only when {@code recorded} (the build has a cache).
     */
    static LinkedText parsed(ParsedMarkdown tree, Supplier<ParsedMarkdown> parse, List<RefUse> uses,
            List<Diagnostic> problems, boolean recorded) {
        return new LinkedText(tree.source(), uses, problems, false,
                recorded ? Optional.of(Map.of()) : Optional.empty(), parse, Optional.of(tree));
    }

    /** A text whose references, problems and earlier renders came from the cache; parsed by {@code parse} if needed. */
    static LinkedText cached(Markdown source, List<RefUse> uses, List<Diagnostic> problems,
            Map<Form, RecordingResolver.Rendered> renders, Supplier<ParsedMarkdown> parse) {
        return new LinkedText(source, uses, problems, true, Optional.of(renders), parse, Optional.empty());
    }

    /** The text. */
    public Markdown source() {
        return source;
    }

    /**
     * The references in the text, in order; none once {@link #resolved} has let them go (in a build
     * without a cache).
     */
    List<RefUse> uses() {
        return uses;
    }

    /**
     * Called once the link stage has resolved the references: without a cache to store them in,
     * nothing needs them any more, and a large guide's would stay to the end of the build (a
     * 10,000-chapter guide's 450,000 references, with their places, take about 33 MB).
     */
    void resolved() {
        if (earlier.isEmpty()) {
            uses = List.of();
        }
    }

    /** What the link stage reported about the text itself (malformed references and the like). */
    List<Diagnostic> problems() {
        return problems;
    }

    /** True when the references came from the cache rather than from parsing. */
    boolean fromCache() {
        return fromCache;
    }

    /** The parse tree for one render: the link stage's, let go here, or parsed again. */
    private synchronized ParsedMarkdown takeTree() {
        ParsedMarkdown held = tree == null ? parse.get() : tree;
        tree = null;
        return held;
    }

    /**
     * Renders the text with explanations now, in place of the tree, when it was parsed in this
     * build; the next {@link #html} in that form takes the HTML (see {@link EarlyBodies}).
     */
    void renderEarly(GuideMarkdown markdown, RefResolver resolver) {
        if (tree != null) {
            String html = html(markdown, Form.WITH_EXPLANATIONS, resolver);
            synchronized (this) {
                early = html;
            }
        }
    }

    private synchronized String takeEarly() {
        String held = early;
        early = null;
        return held;
    }

    /**
     * The text as HTML in {@code form}, its references resolved through {@code resolver}; rendered
     * by the link stage when it rendered it early (with the resolver the render stage would give).
     * With a cache, HTML rendered before (in this build or an earlier one) is reused when the
     * resolver gives the same answers to the questions it was rendered with; else it is rendered
     * and recorded.
     */
    public String html(GuideMarkdown markdown, Form form, RefResolver resolver) {
        String rendered = form == Form.WITH_EXPLANATIONS ? takeEarly() : null;
        if (rendered != null) {
            return rendered;
        }
        if (earlier.isEmpty()) {
            return render(markdown, form, takeTree(), resolver);
        }
        RecordingResolver.Rendered before = made.getOrDefault(form, earlier.get().get(form));
        if (before != null && Arrays.equals(before.answers(), RecordingResolver.answers(before.questions(), resolver))) {
            return before.html();
        }
        RecordingResolver recording = new RecordingResolver(resolver);
        String html = render(markdown, form, takeTree(), recording);
        made.put(form, recording.rendered(html));
        return html;
    }

    private static String render(GuideMarkdown markdown, Form form, ParsedMarkdown tree, RefResolver resolver) {
        return form == Form.INLINE ? markdown.renderInline(tree, resolver) : markdown.render(tree, resolver);
    }

    /** The renders to keep for later builds: this build's, else the earlier ones. */
    Map<Form, RecordingResolver.Rendered> renders() {
        Map<Form, RecordingResolver.Rendered> all = new EnumMap<>(Form.class);
        earlier.ifPresent(all::putAll);
        all.putAll(made);
        return all;
    }

    /** True when this build rendered something that the cache does not hold yet. */
    boolean renderedAnew() {
        return !made.isEmpty();
    }
}
