package org.studyguide.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Optional;

/**
 * A block quote that opens with a {@code [!KIND]} marker line, which this node replaces; its
 * children are the quote's blocks without the marker line.
 *
 * @see CalloutExtension
 */
public final class Callout extends Block {
    private final String written;
    private final Optional<CalloutKind> kind;
    private final String title;
    private final int markerOffset;

    Callout(BasedSequence chars, String written, String title, int markerOffset) {
        super(chars);
        this.written = written;
        this.kind = CalloutKind.of(written);
        this.title = title;
        this.markerOffset = markerOffset;
    }

    /** The kind as the author wrote it between {@code [!} and {@code ]}. */
    public String written() {
        return written;
    }

    /** The kind, or empty when {@link #written} names none (an error the link stage reports). */
    public Optional<CalloutKind> kind() {
        return kind;
    }

    /** The title shown: the author's, written after the marker, or the kind's own. */
    public String title() {
        return title.isEmpty() ? kind.map(CalloutKind::title).orElse(written) : title;
    }

    /** Where the marker's {@code [} is in the text. */
    public int markerOffset() {
        return markerOffset;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
