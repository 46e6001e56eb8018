package org.studyguide.markdown;

/**
 * A word marked up automatically in prose.
 *
 * @param termId    the glossary term it stands for
 * @param text      the spelling matched, whole-word and case-sensitive
 * @param expansion the term's spelled-out form, shown as the {@code abbr} title
 */
public record Spelling(String termId, String text, String expansion) {
}
