package org.studyguide.check;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.studyguide.diag.Diagnostic;
import org.studyguide.diag.Diagnostics;
import org.studyguide.markdown.SourceMarks;
import org.studyguide.model.Position;
import org.studyguide.render.PassedPage;

/**
 * One HTML page of the site as the checks see it: either parsed here with source positions, or the
 * render stage's tree of it, whose positions are found only when a problem needs one (see
 * {@link PageText}). Each check's findings are worked out once; then {@link #release} lets the
 * tree go, and the page keeps only its anchors and findings.
 */
final class Page {
    private final String path;
    private final Path file;
    private final Set<String> anchors;
    /** False when no two elements have the same id, which {@link UniqueIds} then need not look for. */
    private final boolean idsMayRepeat;
    private final Map<PageCheck, List<Diagnostic>> findings = new ConcurrentHashMap<>();
    private Function<Element, Optional<String>> marks;
    private Function<String, Url> urls = Url::parse;
    /** Present for a tree without source positions: its text, parsed for them on demand. */
    private final Optional<PageText> text;
    /** The tree's elements in document order, the tree itself first, as {@link Document#getAllElements} lists them. */
    private List<Element> elements;
    private Map<Element, Integer> indexes;

    private Page(String path, Path file, List<Element> elements, Function<Element, Optional<String>> marks,
            Optional<PageText> text) {
        this(path, file, elements, marks, text, Anchors.of(elements));
    }

    private Page(String path, Path file, List<Element> elements, Function<Element, Optional<String>> marks,
            Optional<PageText> text, Anchors anchors) {
        this.path = path;
        this.file = file;
        this.marks = marks;
        this.text = text;
        this.elements = elements;
        this.anchors = anchors.names();
        this.idsMayRepeat = anchors.idsMayRepeat();
    }

    /**
     * Parses a page, tracking where each element and attribute starts.
     *
     * @param path the page's site path, such as {@code chapters/a.html}
     * @param file the page's file as diagnostics name it
     */
    static Page parse(String path, Path file, String html) {
        return new Page(path, file, Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true)).getAllElements(),
                element -> element.hasAttr(SourceMarks.ATTRIBUTE)
                        ? Optional.of(element.attr(SourceMarks.ATTRIBUTE)) : Optional.empty(),
                Optional.empty());
    }

    /**
     * The render stage's tree of a page, whose file diagnostics name {@code file}; once released, its
     * text is read again through {@code reread} if a problem's place is asked for.
     */
    static Page of(PassedPage passed, Path file, Supplier<byte[]> reread) {
        Map<Element, String> marks = passed.marks();
        return new Page(passed.path(), file, passed.elements(), element -> Optional.ofNullable(marks.get(element)),
                Optional.of(new PageText(file, passed.bytes(), reread)));
    }

    /**
     * A page as an earlier build read it, released, from its {@link StoredSummary}: its anchors, and
     * nothing found by any of {@code checks} (only such pages are stored); its text is read again
     * through {@code reread} if a problem's place is asked for.
     */
    static Page restored(String path, Path file, Set<String> anchors, Supplier<byte[]> reread, List<PageCheck> checks) {
        Page page = new Page(path, file, null, element -> Optional.empty(),
                Optional.of(new PageText(file, null, reread)), new Anchors(anchors, true));
        checks.forEach(check -> page.findings.put(check, List.of()));
        return page;
    }

    /** True when the checks run so far found nothing on this page. */
    boolean clean() {
        return findings.values().stream().allMatch(List::isEmpty);
    }

    /** The text of a page from the render stage, whose elements its references name by number. */
    Optional<PageText> text() {
        return text;
    }

    /**
     * What {@code check} finds on this page. Found once and remembered: a page does not change, and a
     * checker that checks the same site again (the preview's) reuses the pages whose bytes are the same.
     */
    List<Diagnostic> findings(PageCheck check) {
        return findings.computeIfAbsent(check, c -> {
            Diagnostics found = new Diagnostics();
            c.check(this, found);
            return found.sorted();
        });
    }

    /**
     * Reads URLs through {@code urls}, which gives the same URL object for the same text: pages
     * share most of their links (the navigation), and a large site's references add up.
     */
    Page sharing(Function<String, Url> urls) {
        this.urls = urls;
        return this;
    }

    /** A URL written in this page. */
    Url url(String text) {
        return urls.apply(text);
    }

    /** Lets the tree and text go, once every check has run on it; the findings and anchors stay. */
    void release() {
        text.ifPresent(PageText::release);
        elements = null;
        indexes = null;
        marks = element -> Optional.empty();
        urls = Url::parse;
    }

    /**
     * The references found in this page, held compactly when the page came from the render stage
     * (whose elements are found again by number); as they are for a parsed page.
     */
    List<Reference> compact(List<Reference> found) {
        return text.isPresent() ? CompactReferences.of(found, text.get()) : found;
    }

    /** The page's site path, such as {@code chapters/a.html}. */
    String path() {
        return path;
    }

    /**
     * The tree's elements in document order, until {@link #release}: the checks walk this list
     * rather than each searching the whole tree.
     */
    List<Element> elements() {
        return elements;
    }

    /** True when a {@code #fragment} can land on {@code name}: it is an element's id or an {@code a}'s name. */
    boolean hasAnchor(String name) {
        return anchors.contains(name);
    }

    /**
     * False when no two of the page's elements have the same id: seen while its anchors were
     * gathered, so that {@link UniqueIds} need not walk the page again (true when it may be so).
     */
    boolean idsMayRepeat() {
        return idsMayRepeat;
    }

    /** Every name a fragment can land on, for "did you mean" hints. */
    Set<String> anchors() {
        return anchors;
    }

    /**
     * Where the author wrote an element, when it comes from their Markdown (a link, an image, a
     * heading): the place its {@link SourceMarks source mark} names. Empty for template output.
     */
    Optional<Position> authored(Element element) {
        return marks.apply(element).flatMap(SourceMarks::decode);
    }

    /** Where an element was written: in the author's Markdown, or else where its start tag begins in the page. */
    Position at(Element element) {
        return authored(element).orElseGet(() -> text.isPresent()
                ? text.get().element(index(element), element.normalName(), "").position()
                : position(element.sourceRange().start()));
    }

    /**
     * Where the value of an element's attribute was written: at the element in the author's
     * Markdown, or else where the value begins in the page (its name, when it has no value).
     */
    Position atValue(Element element, String attribute) {
        return placeOfValue(element, attribute).position();
    }

    /** Like {@link #atValue}, found only when asked for a page from the render stage. */
    Place placeOfValue(Element element, String attribute) {
        return placeOfValue(element, () -> index(element), attribute);
    }

    /**
     * Like {@link #placeOfValue(Element, String)} for the element at {@code index} in {@link #elements}:
     * a check that walks that list knows each element's number without looking it up.
     */
    Place placeOfValue(int index, String attribute) {
        return placeOfValue(elements.get(index), () -> index, attribute);
    }

    private Place placeOfValue(Element element, IntSupplier index, String attribute) {
        Optional<Position> source = authored(element);
        if (source.isPresent()) {
            return Place.at(source.get());
        }
        if (text.isPresent()) {
            return text.get().element(index.getAsInt(), element.normalName(), attribute);
        }
        return Place.at(valuePosition(element, attribute, this::position));
    }

    /** Where the text of a data node (the CSS of a {@code <style>}) begins in the page. */
    Place placeOf(DataNode data) {
        Element parent = (Element) data.parent();
        if (text.isPresent()) {
            return text.get().data(index(parent), parent.normalName(), parent.dataNodes().indexOf(data));
        }
        return Place.at(position(data.sourceRange().start()));
    }

    /** Where the value of {@code attribute} begins in a parsed element (its name, when it has no value). */
    static Position valuePosition(Element element, String attribute, Function<Range.Position, Position> at) {
        Range.AttributeRange range = element.attributes().sourceRange(attribute);
        if (range.valueRange().isTracked()) {
            return at.apply(range.valueRange().start());
        }
        return at.apply(range.nameRange().isTracked() ? range.nameRange().start() : element.sourceRange().start());
    }

    /** A position jsoup tracked, in this page's file; just the file when jsoup did not track it. */
    private Position position(Range.Position at) {
        return at.isTracked() ? new Position(file, at.lineNumber(), at.columnNumber()) : Position.ofFile(file);
    }

    /** The element's number in document order, as {@link PageText} finds it again. */
    private synchronized int index(Element element) {
        if (indexes == null) {
            indexes = new IdentityHashMap<>(elements.size() * 2);
            for (int i = 0; i < elements.size(); i++) {
                indexes.put(elements.get(i), i);
            }
        }
        return indexes.get(element);
    }

    /**
     * The names a fragment can land on (ids, and the names of {@code a} elements), and whether an id
     * may come twice: an id met again among the names (a name the same as an id also counts, which
     * only sends the page to the full check).
     */
    private record Anchors(Set<String> names, boolean idsMayRepeat) {
        static Anchors of(List<Element> elements) {
            Set<String> names = new HashSet<>();
            boolean repeated = false;
            for (Element element : elements) {
                if (element.attributesSize() == 0) {
                    continue; // most elements: no id, no name
                }
                if (element.hasAttr("id")) {
                    String id = element.id();
                    repeated |= !names.add(id) && !id.isEmpty();
                }
                if (element.nameIs("a") && element.hasAttr("name")) {
                    names.add(element.attr("name"));
                }
            }
            return new Anchors(names, repeated);
        }
    }
}
