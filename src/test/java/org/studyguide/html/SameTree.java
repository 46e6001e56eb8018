package org.studyguide.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Compares a tree {@link WellFormedHtml} built with Jsoup's, node for node and as serialised. */
final class SameTree {
    private SameTree() {
    }

    /**
     * Whether the builder takes {@code html} (a whole page, or a body fragment); when it does, fails
     * unless its tree is Jsoup's.
     */
    static boolean check(boolean page, String html) {
        Document ours = page ? WellFormedHtml.document(html) : WellFormedHtml.bodyFragment(html);
        if (ours != null) {
            assertSame(page ? Jsoup.parse(html) : Jsoup.parseBodyFragment(html), ours, html);
        }
        return ours != null;
    }

    /** Fails unless {@code ours} equals {@code jsoups} node for node, and writes out the same, pretty or not. */
    static void assertSame(Document jsoups, Document ours, String input) {
        assertThat(ours.quirksMode()).as("quirks mode of %s", input).isEqualTo(jsoups.quirksMode());
        List<String> expected = describe(jsoups);
        List<String> actual = describe(ours);
        int at = 0;
        while (at < expected.size() && at < actual.size() && expected.get(at).equals(actual.get(at))) {
            at++;
        }
        int from = Math.max(0, at - 3);
        assertThat(actual.subList(from, Math.min(actual.size(), at + 3))).as("tree of %s, from node %s", input, from)
                .isEqualTo(expected.subList(from, Math.min(expected.size(), at + 3)));
        for (boolean pretty : new boolean[] {false, true}) {
            jsoups.outputSettings().prettyPrint(pretty);
            ours.outputSettings().prettyPrint(pretty);
            assertThat(ours.outerHtml()).as("outerHtml (pretty: %s) of %s", pretty, input)
                    .isEqualTo(jsoups.outerHtml());
        }
    }

    /** One line per node: its depth, class and everything the comparison looks at. */
    static List<String> describe(Node root) {
        List<String> lines = new ArrayList<>();
        describe(root, 0, lines);
        return lines;
    }

    private static void describe(Node node, int depth, List<String> lines) {
        StringBuilder line = new StringBuilder().append(depth).append(' ').append(node.getClass().getSimpleName());
        if (node instanceof Element element) {
            line.append(' ').append(element.tagName()).append(' ').append(element.normalName()).append(' ')
                    .append(element.tag().namespace()).append(' ').append(element.tag()).append(" options ")
                    .append(element.tag().hashCode()).append(element.tag().isSelfClosing());
            for (Attribute attribute : element.attributes()) {
                line.append(" [").append(attribute.getKey()).append('=')
                        .append(attribute.hasDeclaredValue() ? "'" + attribute.getValue() + "'" : "(none)").append(']');
            }
        } else if (node instanceof TextNode text) {
            line.append(" '").append(text.getWholeText()).append('\'');
        } else if (node instanceof DataNode data) {
            line.append(" '").append(data.getWholeData()).append('\'');
        } else if (node instanceof Comment comment) {
            line.append(" '").append(comment.getData()).append('\'');
        } else if (node instanceof DocumentType type) {
            line.append(' ').append(type.name()).append(" '").append(type.publicId()).append("' '")
                    .append(type.systemId()).append("' ").append(type.attributes().html());
        }
        lines.add(line.toString());
        for (Node child : node.childNodes()) {
            describe(child, depth + 1, lines);
        }
    }
}
