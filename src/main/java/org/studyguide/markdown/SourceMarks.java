package org.studyguide.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.studyguide.model.Markdown;
import org.studyguide.model.Position;

/**
 * Marks on the HTML elements an author wrote in Markdown (links, images, headings) that say where
 * in the author's file each one was written, so that the check stage, which sees only the rendered
 * pages, can report a broken link or an image without alt text at the Markdown or YAML line that
 * made it. The marks are an attribute, {@value #ATTRIBUTE}, holding {@code line:column:file}; they
 * live only between render and check: {@link #strip} removes them before the site is published.
 */
public final class SourceMarks {
    /** The attribute that carries an element's place in the author's file. */
    public static final String ATTRIBUTE = "data-sg-source";

    /** The locator of the text a parsed document came from; absent when its elements are not marked. */
    static final NullableDataKey<Markdown.Locator> LOCATOR = new NullableDataKey<>("STUDYGUIDE_SOURCE_LOCATOR");

    private static final Set<Class<? extends Node>> MARKED = Set.of(
            Link.class, Image.class, LinkRef.class, ImageRef.class, AutoLink.class, Heading.class);
    private static final Pattern VALUE = Pattern.compile("(\\d+):(\\d+):(.+)", Pattern.DOTALL);
    /** The mark in a start tag. */
    private static final Pattern MARK = Pattern.compile(" " + ATTRIBUTE + "=\"\\d+:\\d+:[^\"]*\"");

    private SourceMarks() {
    }

    /** The place an element's mark names, if it has a well-formed one. */
    public static Optional<Position> decode(String value) {
        Matcher matcher = VALUE.matcher(value);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Position(Path.of(matcher.group(3)),
                Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
    }

    /**
     * A page without its marks. A scan rather than a regular expression over the whole page, as the
     * preview strips every page it serves: it finds each start tag (a letter after {@code <}, up to
     * the {@code >} outside quoted values) and removes the mark from the few tags that have one.
     */
    public static String strip(String html) {
        int mark = html.indexOf(ATTRIBUTE);
        if (mark < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        int copied = 0;
        for (int start = html.indexOf('<'); start >= 0 && mark >= 0; start = html.indexOf('<', start + 1)) {
            int end = tagEnd(html, start);
            if (end < 0) {
                continue;
            }
            if (mark < start) {
                mark = html.indexOf(ATTRIBUTE, start);
            }
            if (mark >= 0 && mark < end) {
                out.append(html, copied, start).append(MARK.matcher(html.substring(start, end + 1)).replaceAll(""));
                copied = end + 1;
            }
            start = end;
        }
        return out.append(html, copied, html.length()).toString();
    }

    /** Where the start tag at {@code start} ends (its {@code >}), or -1 when no start tag begins there. */
    private static int tagEnd(String html, int start) {
        if (start + 1 >= html.length() || !isAsciiLetter(html.charAt(start + 1))) {
            return -1;
        }
        for (int at = start + 1; at < html.length(); at++) {
            char c = html.charAt(at);
            if (c == '>') {
                return at;
            }
            if (c == '"') {
                at = html.indexOf('"', at + 1);
                if (at < 0) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    static String encode(Position at) {
        return at.line() + ":" + at.column() + ":" + at.file();
    }

    /** Adds the marks while a document parsed with a {@link #LOCATOR} renders. */
    static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return SourceMarks::mark;
        }
    }

    private static void mark(Node node, AttributablePart part, MutableAttributes attributes) {
        boolean tag = part == AttributablePart.NODE || part == AttributablePart.LINK;
        if (!tag || !MARKED.contains(node.getClass())) {
            return;
        }
        Markdown.Locator locator = LOCATOR.get(node.getDocument());
        if (locator != null) {
            attributes.replaceValue(ATTRIBUTE, encode(locator.positionOf(node.getStartOffset())));
        }
    }
}
