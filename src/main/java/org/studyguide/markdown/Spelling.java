package org.studyguide.markdown;

import org.studyguide.model.Ref;

/**
 * A word marked up automatically in prose: an acronym of a glossary term or a person's name.
 *
 * @param kind      what it names: a {@link Ref.Kind#TERM term} or a {@link Ref.Kind#PERSON person}
 * @param id        the term or person it stands for; empty for a name shared by several people
 * @param text      the spelling matched, whole-word and case-sensitive
 * @param expansion a term's spelled-out form or a person's name and role, shown as the mention's
 *                  title; for a shared name, the people it could be ("Igor Ivanov or Sergei Ivanov")
 */
public record Spelling(Ref.Kind kind, String id, String text, String expansion) {

    /** A spelling of the glossary term {@code termId}. */
    public Spelling(String termId, String text, String expansion) {
        this(Ref.Kind.TERM, termId, text, expansion);
    }

    /** A name shared by several people ({@code candidates}): found so that it can be reported, never linked. */
    public static Spelling ambiguous(String text, String candidates) {
        return new Spelling(Ref.Kind.PERSON, "", text, candidates);
    }

    /** True for a name shared by several people. */
    public boolean isAmbiguous() {
        return id.isEmpty();
    }
}
