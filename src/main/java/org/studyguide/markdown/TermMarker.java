package org.studyguide.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.wikilink.WikiNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Marks acronyms in running prose as {@link TermMention} nodes: one Aho–Corasick pass per text node,
 * so the work stays linear in the text however many terms there are. Text inside code, links,
 * headings and raw HTML is left alone; the first mention of each term in a section is the one that
 * links to the glossary.
 */
final class TermMarker {
    private static final Class<?>[] EXCLUDED = {
        Code.class, FencedCodeBlock.class, IndentedCodeBlock.class, Heading.class, HtmlBlock.class,
        HtmlInline.class, Link.class, LinkRef.class, AutoLink.class, MailLink.class, Image.class,
        ImageRef.class, WikiNode.class};

    private final Map<String, Spelling> spellings;
    private final Optional<Trie> trie;

    TermMarker(List<Spelling> spellings) {
        this.spellings = spellings.stream()
                .collect(Collectors.toMap(Spelling::text, Function.identity(), (a, b) -> a));
        this.trie = spellings.isEmpty() ? Optional.empty() : Optional.of(Trie.builder()
                .addKeywords(this.spellings.keySet()).onlyWholeWords().ignoreOverlaps().build());
    }

    /** Marks every mention in {@code document}, except of {@code ownTerm}, then decides which link. */
    void mark(Document document, Optional<String> ownTerm) {
        trie.ifPresent(t -> {
            List<Text> texts = new ArrayList<>();
            for (Node node : document.getDescendants()) {
                if (node instanceof Text text && !text.isOrDescendantOfType(EXCLUDED)) {
                    texts.add(text);
                }
            }
            texts.forEach(text -> split(text, t, ownTerm));
        });
        linkFirstPerSection(document);
    }

    private void split(Text text, Trie trie, Optional<String> ownTerm) {
        BasedSequence chars = text.getChars();
        int done = 0;
        for (Emit emit : trie.parseText(chars)) {
            Spelling spelling = spellings.get(emit.getKeyword());
            int start = emit.getStart();
            int end = emit.getEnd() + 1;
            if (ownTerm.filter(spelling.termId()::equals).isPresent() || !isWord(chars, start, end)) {
                continue;
            }
            if (start > done) {
                text.insertBefore(new Text(chars.subSequence(done, start)));
            }
            text.insertBefore(new TermMention(chars.subSequence(start, end), spelling));
            done = end;
        }
        if (done > 0) {
            if (done < chars.length()) {
                text.insertBefore(new Text(chars.subSequence(done)));
            }
            text.unlink();
        }
    }

    /** Whole words only: no letter or digit touches the match on either side. */
    private static boolean isWord(CharSequence chars, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(chars.charAt(start - 1)))
                && (end == chars.length() || !Character.isLetterOrDigit(chars.charAt(end)));
    }

    /** Sections start at headings; a written [[term:X]] link counts as the section's link to X. */
    private static void linkFirstPerSection(Document document) {
        Set<String> linked = new HashSet<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading) {
                linked.clear();
            } else if (node instanceof TermMention mention && linked.add(mention.spelling().termId())) {
                mention.link();
            } else if (node instanceof WikiNode wiki) {
                ReferenceSyntax.Written written = ReferenceSyntax.read(wiki);
                if (written.kind().filter(k -> k == org.studyguide.model.Ref.Kind.TERM).isPresent()) {
                    linked.add(written.id());
                }
            }
        }
    }
}
