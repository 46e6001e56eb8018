package org.studyguide.markdown;

import com.vladsch.flexmark.util.ast.Document;
import org.studyguide.model.Markdown;

/**
 * A Markdown text parsed once by {@link GuideMarkdown#parse}, with its references, embedded
 * quotations and term mentions already in the tree, ready to be inspected by the link stage and
 * rendered by the render stage. Node offsets in {@code document} are offsets into
 * {@code source.text()}, so {@code source.positionOf(node.getStartOffset())} is the node's place in
 * the user's file. Treat the tree as read-only.
 *
 * @param locator maps offsets of {@code source} to places in its file; made once per text, for
 *                every check and mark that needs one
 */
public record ParsedMarkdown(Markdown source, Document document, Markdown.Locator locator) {
}
