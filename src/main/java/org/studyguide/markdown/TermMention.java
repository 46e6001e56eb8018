package org.studyguide.markdown;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A spelling of a term recognised in running prose, such as {@code NRC}. The first mention of each
 * term in a section (unless the section already links to it with {@code [[term:X]]}) links to the
 * glossary; later ones are plain abbreviations.
 */
public final class TermMention extends Node implements DoNotDecorate {
    private final Spelling spelling;
    private final boolean linked;

    TermMention(BasedSequence chars, Spelling spelling, boolean linked) {
        super(chars);
        this.spelling = spelling;
        this.linked = linked;
    }

    /** The spelling that matched, with the term it stands for and its expansion. */
    public Spelling spelling() {
        return spelling;
    }

    /** True when this mention links to the glossary. */
    public boolean linked() {
        return linked;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    @Override
    public void getAstExtra(StringBuilder out) {
        out.append(" term:").append(spelling.termId()).append(linked ? " linked" : "");
    }
}
