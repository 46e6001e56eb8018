package org.studyguide.check;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.studyguide.diag.Diagnostic;
import org.studyguide.diag.Diagnostics;
import org.studyguide.markdown.SourceMarks;
import org.studyguide.model.Position;

/**
 * One HTML page of the site, parsed once with source positions, shared by every check.
 */
final class Page {
    private final String path;
    private final Path file;
    private final Document document;
    private final Set<String> anchors;
    private final Map<PageCheck, List<Diagnostic>> findings = new ConcurrentHashMap<>();

    private Page(String path, Path file, Document document) {
        this.path = path;
        this.file = file;
        this.document = document;
        this.anchors = anchorsOf(document);
    }

    /**
     * Parses a page, tracking where each element and attribute starts.
     *
     * @param path the page's site path, such as {@code chapters/a.html}
     * @param file the page's file as diagnostics name it
     */
    static Page parse(String path, Path file, String html) {
        return new Page(path, file, Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true)));
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

    /** The page's site path, such as {@code chapters/a.html}. */
    String path() {
        return path;
    }

    /** The parsed page. */
    Document document() {
        return document;
    }

    /** True when a {@code #fragment} can land on {@code name}: it is an element's id or an {@code a}'s name. */
    boolean hasAnchor(String name) {
        return anchors.contains(name);
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
        return element.hasAttr(SourceMarks.ATTRIBUTE)
                ? SourceMarks.decode(element.attr(SourceMarks.ATTRIBUTE)) : Optional.empty();
    }

    /** Where an element was written: in the author's Markdown, or else where its start tag begins in the page. */
    Position at(Element element) {
        return authored(element).orElseGet(() -> position(element.sourceRange().start()));
    }

    /**
     * Where the value of an element's attribute was written: at the element in the author's
     * Markdown, or else where the value begins in the page (its name, when it has no value).
     */
    Position atValue(Element element, String attribute) {
        Optional<Position> source = authored(element);
        if (source.isPresent()) {
            return source.get();
        }
        Range.AttributeRange range = element.attributes().sourceRange(attribute);
        if (range.valueRange().isTracked()) {
            return position(range.valueRange().start());
        }
        return range.nameRange().isTracked() ? position(range.nameRange().start()) : at(element);
    }

    /** A position jsoup tracked, in this page's file; just the file when jsoup did not track it. */
    Position position(Range.Position at) {
        return at.isTracked() ? new Position(file, at.lineNumber(), at.columnNumber()) : Position.ofFile(file);
    }

    private static Set<String> anchorsOf(Document document) {
        Set<String> names = new HashSet<>();
        document.select("[id]").forEach(element -> names.add(element.id()));
        document.select("a[name]").forEach(element -> names.add(element.attr("name")));
        return names;
    }
}
