package org.studyguide.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parser part of {@link CalloutExtension}: turns each block quote whose first line is a
 * {@code [!KIND]} marker (optionally followed by a title) into a {@link Callout}. The marker is
 * read from the Markdown source of that line, and its inline nodes are removed from the tree, so
 * the rest of the quote keeps its parsed Markdown.
 */
final class CalloutPostProcessor extends NodePostProcessor {
    private static final Pattern MARKER = Pattern.compile("\\[!([A-Za-z][A-Za-z0-9_-]*)\\][ \\t]*(.*)");

    @Override
    public void process(NodeTracker state, Node node) {
        if (node instanceof BlockQuote quote) {
            convert(quote).ifPresent(callout -> {
                state.nodeRemoved(quote);
                state.nodeAddedWithChildren(callout);
            });
        }
    }

    /**
     * Turns the block quotes of a parsed document into callouts as this post-processor would, in a
     * pass of our own: Flexmark runs a post-processor after sorting every node of every text by
     * class, which costs more than the parse of a small text. A text without {@code [!} holds no
     * marker and is not walked.
     */
    static void apply(Document document, String text) {
        if (!text.contains("[!")) {
            return;
        }
        List<BlockQuote> quotes = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof BlockQuote quote) {
                quotes.add(quote);
            }
        }
        // Converting a quote changes only that quote and its first paragraph: the order does not matter.
        quotes.forEach(CalloutPostProcessor::convert);
    }

    /** The callout that replaces {@code quote} in the tree, when its first line is a marker. */
    private static Optional<Callout> convert(BlockQuote quote) {
        if (!(quote.getFirstChild() instanceof Paragraph first)) {
            return Optional.empty();
        }
        BasedSequence chars = first.getChars();
        int lineEnd = chars.indexOf('\n');
        BasedSequence line = lineEnd < 0 ? chars : chars.subSequence(0, lineEnd);
        Matcher marker = MARKER.matcher(line);
        if (!marker.matches()) {
            return Optional.empty();
        }
        int endOffset = line.getEndOffset();
        for (Node child = first.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            if (child.getStartOffset() <= endOffset && child.getEndOffset() <= endOffset + 1) {
                child.unlink();
            }
            child = next;
        }
        Callout callout = new Callout(quote.getChars(), marker.group(1), marker.group(2).strip(), chars.getStartOffset());
        if (!first.hasChildren()) {
            first.unlink();
        }
        callout.takeChildren(quote);
        quote.insertBefore(callout);
        quote.unlink();
        return Optional.of(callout);
    }

    /** Makes the post-processor for each parsed document. */
    static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(BlockQuote.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new CalloutPostProcessor();
        }
    }
}
