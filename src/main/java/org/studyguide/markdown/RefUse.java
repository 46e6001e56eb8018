package org.studyguide.markdown;

import org.studyguide.model.Ref;

/**
 * A reference found in a Markdown text.
 *
 * @param ref     what it names and where it was written
 * @param mention true for an acronym recognised in prose rather than a written {@code [[...]]}
 * @param embed   true for an embedded quotation ({@code ![[quote:id]]})
 */
public record RefUse(Ref ref, boolean mention, boolean embed) {
}
