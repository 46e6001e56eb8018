package org.studyguide.markdown;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** An acronym recognised in prose; the first of each term in a section links to the glossary. */
public final class TermMention extends Node implements DoNotDecorate {
    private final Spelling spelling;
    private boolean linked;

    TermMention(BasedSequence chars, Spelling spelling) {
        super(chars);
        this.spelling = spelling;
    }

    /** The spelling that matched. */
    public Spelling spelling() {
        return spelling;
    }

    /** True when this mention links to the glossary. */
    public boolean linked() {
        return linked;
    }

    void link() {
        linked = true;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
