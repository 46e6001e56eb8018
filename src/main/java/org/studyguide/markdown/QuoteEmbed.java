package org.studyguide.markdown;

import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.util.ast.Block;

/** A quotation embedded as a block ({@code ![[quote:id]]} alone in its paragraph); it replaces that paragraph. */
public final class QuoteEmbed extends Block {
    QuoteEmbed(WikiImage reference) {
        super(reference.getChars());
    }

    /** The written reference, kept as this block's only child. */
    public WikiImage reference() {
        return (WikiImage) getFirstChild();
    }

    @Override
    public com.vladsch.flexmark.util.sequence.BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
