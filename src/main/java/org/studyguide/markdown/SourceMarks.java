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
 * live only between render and check: {@code PassedPage} takes them out of each page's tree before
 * it is written.
 */
public final class SourceMarks {
    /** The attribute that carries an element's place in the author's file. */
    public static final String ATTRIBUTE = "data-sg-source";

    /** The locator of the text a parsed document came from; absent when its elements are not marked. */
    static final NullableDataKey<Markdown.Locator> LOCATOR = new NullableDataKey<>("STUDYGUIDE_SOURCE_LOCATOR");

    private static final Set<Class<? extends Node>> MARKED = Set.of(
            Link.class, Image.class, LinkRef.class, ImageRef.class, AutoLink.class, Heading.class);
    private static final Pattern VALUE = Pattern.compile("(\\d+):(\\d+):(.+)", Pattern.DOTALL);
    /** A start tag, its attribute values quoted (as Jsoup writes them), and the mark in it. */

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
