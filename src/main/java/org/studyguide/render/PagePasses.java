package org.studyguide.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.studyguide.html.HtmlTrees;
import org.studyguide.print.FirstMentions;
import org.studyguide.print.PrintAnchors;

/**
 * HTML post-processing: each rendered page is parsed once and run through an ordered list of
 * small passes, declared here in one place. The passes that look at one node at a time share one
 * walk over the tree, as each pass of its own would walk a large page again.
 */
final class PagePasses {
    /** The passes before the links are rewritten, which need site-root URLs (print.html's anchors). */
    private static final List<BiConsumer<Document, String>> BEFORE_LINKS = List.of(
            PrintAnchors::rewrite);

    private PagePasses() {
    }

    /** Parses a page's template output, to be written out as it is (not pretty-printed), in UTF-8. */
    static Document parse(String html) {
        Document page = HtmlTrees.document(html);
        page.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        return page;
    }

    /**
     * Lets {@code assemble} complete {@code page}, parsed by {@link #parse} from a page which will
     * live at {@code path} (a print page's articles go in there), and runs every pass over it.
     * Root-relative URLs become relative to the page, or, given a {@code basePath}, start from it.
     */
    static Document apply(Document page, String path, Optional<String> basePath, Consumer<Document> assemble) {
        assemble.accept(page);
        BEFORE_LINKS.forEach(pass -> pass.accept(page, path));
        // One walk, each node seen by each pass in this order: the links (attributes), the tables
        // (found, with their captions' text as written, and wrapped after the walk), the typography
        // (text), the chapters' first mentions of terms (found, and marked after the walk). None
        // changes what a later one reads, so this equals running them one by one.
        ScrollableTables tables = new ScrollableTables();
        FirstMentions mentions = new FirstMentions();
        walk(page, List.of(RelativeLinks.visitor(path, basePath), tables, Typography.visitor(), mentions));
        tables.wrap();
        mentions.mark();
        return page;
    }

    /** Walks {@code page} once, handing each node to every visitor in turn. */
    private static void walk(Document page, List<NodeVisitor> visitors) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                for (NodeVisitor visitor : visitors) {
                    visitor.head(node, depth);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                for (NodeVisitor visitor : visitors) {
                    visitor.tail(node, depth);
                }
            }
        }, page);
    }
}
