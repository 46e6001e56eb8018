package org.studyguide.markdown;

import org.studyguide.model.Ref;

/**
 * A reference found in a Markdown text.
 *
 * @param ref     what it names and where it was written: the first {@code [} or {@code !} of a
 *                written reference, the first letter of a mention
 * @param mention true for a term's spelling or a person's name recognised in prose rather than a written {@code [[...]]}
 * @param embed   true for a quotation embedded as a figure ({@code ![[quote:id]]} alone in its paragraph)
 */
public record RefUse(Ref ref, boolean mention, boolean embed) {
}
