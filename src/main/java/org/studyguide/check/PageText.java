package org.studyguide.check;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.studyguide.model.Position;

/**
 * The text of a page whose tree came from the render stage, without source positions: parsed
 * with positions only when a place in it is asked for (a check found a problem there), at most once.
 * Elements are found again by their index in document order, which a page's own serialised tree
 * keeps when parsed again; should it differ, as the first element with the same tag (and attribute).
 * A place keeps no text of the page, as a large site's pages have over a million of them; nor does
 * this, once the page is {@link #release released}: its text is then read again from the site.
 */
final class PageText {
    private final Path file;
    private final Supplier<byte[]> reread;
    private byte[] bytes;
    private Document tracked;

    /**
     * @param bytes  the page's text, until {@link #release}
     * @param reread the page's text as the site being checked holds it, read only when a place is
     *               asked for after {@link #release}
     */
    PageText(Path file, byte[] bytes, Supplier<byte[]> reread) {
        this.file = file;
        this.bytes = bytes;
        this.reread = reread;
    }

    /** Lets the text go: a large site's pages are not held until its check is over. */
    synchronized void release() {
        bytes = null;
    }

    /**
     * Where element number {@code index} (in document order) begins, or, given an {@code attribute},
     * where that attribute's value begins.
     */
    ElementPlace element(int index, String tag, String attribute) {
        return new ElementPlace(this, index, tag, attribute);
    }

    /** The position an {@link ElementPlace} in this page names. */
    Position position(int index, String tag, String attribute) {
        Element element = find(index, tag, attribute);
        if (element == null) {
            return Position.ofFile(file);
        }
        return attribute.isEmpty() ? at(element.sourceRange().start()) : Page.valuePosition(element, attribute, this::at);
    }

    /** Where data node number {@code child} of element {@code index} begins (a {@code <style>}'s CSS). */
    Place data(int index, String tag, int child) {
        return new DataPlace(this, index, tag, child);
    }

    /** The position a {@link DataPlace} in this page names. */
    Position dataPosition(int index, String tag, int child) {
        Element element = find(index, tag, "");
        List<DataNode> data = element == null ? List.of() : element.dataNodes();
        return child < data.size() ? at(data.get(child).sourceRange().start()) : Position.ofFile(file);
    }

    private Element find(int index, String tag, String attribute) {
        List<Element> all = tracked().getAllElements();
        if (index < all.size() && all.get(index).normalName().equals(tag)) {
            return all.get(index);
        }
        return all.stream().filter(e -> e.normalName().equals(tag) && (attribute.isEmpty() || e.hasAttr(attribute)))
                .findFirst().orElse(null);
    }

    private Position at(Range.Position position) {
        return position.isTracked() ? new Position(file, position.lineNumber(), position.columnNumber())
                : Position.ofFile(file);
    }

    private synchronized Document tracked() {
        if (tracked == null) {
            tracked = Jsoup.parse(new String(bytes != null ? bytes : reread.get(), StandardCharsets.UTF_8), "",
                    Parser.htmlParser().setTrackPosition(true));
        }
        return tracked;
    }
}
