package org.studyguide.render;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.studyguide.html.HtmlTrees;
import org.studyguide.html.OpenPath;
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
        walk(page, RelativeLinks.visitor(path, basePath), tables, Typography.visitor(), mentions);
        tables.wrap();
        mentions.mark();
        return page;
    }

    /**
     * Walks {@code root} once, handing each node to every pass in turn, down and up without
     * recursion (like {@link org.jsoup.select.NodeTraversor}, whose per-node calls through a list of
     * visitors took longer than some passes' own work). No pass changes the tree's shape on the way.
     */
    private static void walk(Element root, RelativeLinks.Pass links, ScrollableTables tables,
            Typography.Pass typography, FirstMentions mentions) {
        OpenPath path = new OpenPath();
        Node node = root;
        while (node != null) {
            if (node instanceof Element element) {
                links.element(element);
                tables.element(element);
                typography.element(element);
                mentions.head(element, path.depth());
                if (element.childNodeSize() > 0) {
                    path.enter(element);
                } else {
                    typography.left(element);
                }
            } else if (node instanceof TextNode text) {
                typography.text(text);
            }
            node = null;
            while (node == null && path.depth() > 0) {
                node = path.nextChild();
                if (node == null) {
                    typography.left(path.leave());
                }
            }
        }
    }
}
