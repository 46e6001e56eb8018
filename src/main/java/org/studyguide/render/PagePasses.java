package org.studyguide.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.studyguide.html.HtmlTrees;
import org.studyguide.print.FirstMentions;

/**
 * HTML post-processing: each rendered page is parsed once and run through an ordered list of
 * small passes, declared here in one place. The passes that look at one node at a time share one
 * walk over the tree, as each pass of its own would walk a large page again.
 */
final class PagePasses {
    private PagePasses() {
    }

    /** Parses a page's template output, to be written out as it is (not pretty-printed), in UTF-8. */
    static Document parse(String html) {
        Document page = HtmlTrees.document(html);
        page.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        return page;
    }

    /**
     * Runs every pass over {@code page}, parsed by {@link #parse} from a page which will live at
     * {@code path}, or over a part of such a page (a print page's article). Root-relative URLs become
     * relative to the page, or, given a {@code basePath}, start from it.
     */
    static <T extends Element> T apply(T page, String path, Optional<String> basePath) {
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
    private static void walk(Element page, List<NodeVisitor> visitors) {
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
