package org.studyguide.markdown;

import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A quotation embedded as a block: {@code ![[quote:id]]} standing alone in its paragraph, which this
 * node replaces. It renders as a {@code <figure>}.
 */
public final class QuoteEmbed extends Block {
    QuoteEmbed(WikiImage reference) {
        super(reference.getChars());
    }

    /** The written reference, kept as this block's only child. */
    public WikiImage reference() {
        return (WikiImage) getFirstChild();
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
