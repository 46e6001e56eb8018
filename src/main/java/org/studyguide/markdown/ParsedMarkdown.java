package org.studyguide.markdown;

import com.vladsch.flexmark.util.ast.Document;
import org.studyguide.model.Markdown;

/**
 * A Markdown text parsed once, with references and acronym mentions in its tree, ready to be
 * inspected by the link stage and rendered by the render stage.
 */
public record ParsedMarkdown(Markdown source, Document document) {
}
