package org.studyguide.markdown;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A spelling recognised in running prose: a term's acronym such as {@code NRC}, or a person's name.
 * The first mention of each term or person in a section (unless the section already links to it
 * with {@code [[term:X]]} or {@code [[person:x]]}) links to its entry; later ones are plain
 * abbreviations or names. A name shared by several people is never linked.
 */
public final class Mention extends Node implements DoNotDecorate {
    private final Spelling spelling;
    private final boolean linked;

    Mention(BasedSequence chars, Spelling spelling, boolean linked) {
        super(chars);
        this.spelling = spelling;
        this.linked = linked;
    }

    /** The spelling that matched, with the term or person it stands for. */
    public Spelling spelling() {
        return spelling;
    }

    /** True when this mention links to its entry. */
    public boolean linked() {
        return linked;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    @Override
    public void getAstExtra(StringBuilder out) {
        out.append(" ").append(spelling.kind().prefix()).append(":").append(spelling.id()).append(linked ? " linked" : "");
    }
}
