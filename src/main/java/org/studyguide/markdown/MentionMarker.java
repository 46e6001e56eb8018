package org.studyguide.markdown;

import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.studyguide.model.ItemId;
import org.studyguide.model.Ref;

/**
 * Marks the spellings of terms and people's names in running prose as {@link Mention} nodes, in
 * one walk over a parsed document. Only ordinary text is searched: never code, links of any kind,
 * headings, raw HTML or text an author wrapped in inline HTML tags. Within each section (the
 * stretch between two headings, or the whole text when it has none) the first mention of a term or
 * person links to its entry, unless the section already linked to it with {@code [[term:X]]} or
 * {@code [[person:x]]}.
 */
final class MentionMarker {
    private final SpellingMatcher matcher;

    /** A marker for the given spellings. */
    MentionMarker(List<Spelling> spellings) {
        this.matcher = new SpellingMatcher(spellings);
    }

    /**
     * Marks every mention in {@code document}. Mentions of {@code owner} are found but left as
     * plain text, so that a definition does not mark its own headword (nor parts of it).
     */
    void mark(Document document, Optional<ItemId> owner) {
        new Walk(owner).children(document);
    }

    /** True for nodes whose text is not prose: code, links, raw HTML and the like. */
    private static boolean isProse(Node node) {
        return !(node instanceof DoNotDecorate || node instanceof DoNotLinkDecorate || node instanceof LinkNodeBase
                || node instanceof CodeBlock || node instanceof IndentedCodeBlock || node instanceof HtmlBlockBase
                || node instanceof HtmlInlineBase);
    }

    /** One walk over one document, remembering which terms and people the current section has linked. */
    private final class Walk {
        private final Optional<ItemId> owner;
        private final Set<ItemId> linked = new HashSet<>();
        private int openHtml;

        Walk(Optional<ItemId> owner) {
            this.owner = owner;
        }

        void children(Node parent) {
            Node child = parent.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                visit(child);
                child = next;
            }
        }

        private void visit(Node node) {
            if (node instanceof Block) {
                openHtml = 0;
            }
            if (node instanceof Heading heading) {
                linked.clear();
                heading.getDescendants().forEach(this::noteTermLink);
            } else if (node instanceof HtmlInline tag) {
                openHtml = InlineHtml.depthAfter(openHtml, tag);
            } else if (node instanceof Text text) {
                if (openHtml == 0) {
                    mark(text);
                }
            } else if (node instanceof WikiLink link) {
                noteTermLink(link);
            } else if (isProse(node)) {
                children(node);
            }
        }

        private void noteTermLink(Node node) {
            if (node instanceof WikiLink link && ReferenceSyntax.read(link) instanceof ReferenceSyntax.Written written
                    && (written.kind() == Ref.Kind.TERM || written.kind() == Ref.Kind.PERSON)) {
                linked.add(new ItemId(written.kind(), written.id()));
            }
        }

        /** Replaces {@code text} by plain text and mentions, when it contains any. */
        private void mark(Text text) {
            List<SpellingMatcher.Match> matches = matcher.find(text.getChars());
            if (matches.isEmpty()) {
                return;
            }
            BasedSequence chars = text.getChars();
            int done = 0;
            for (SpellingMatcher.Match match : matches) {
                Spelling spelling = match.spelling();
                ItemId item = new ItemId(spelling.kind(), spelling.id());
                if (owner.filter(item::equals).isPresent()) {
                    continue;
                }
                if (match.start() > done) {
                    text.insertBefore(new Text(chars.subSequence(done, match.start())));
                }
                BasedSequence mention = chars.subSequence(match.start(), match.end());
                text.insertBefore(new Mention(mention, spelling,
                        !spelling.isAmbiguous() && linked.add(item)));
                done = match.end();
            }
            if (done > 0) {
                if (done < chars.length()) {
                    text.insertBefore(new Text(chars.subSequence(done)));
                }
                text.unlink();
            }
        }
    }
}
