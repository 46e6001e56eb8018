package org.studyguide.html;

import java.util.Arrays;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The elements a walk down a Jsoup tree is inside, each with the index of its next child to visit:
 * walks that go down and up without recursion (the depth of a tree is not bounded) keep their place here.
 */
public final class OpenPath {
    private Element[] open = new Element[32];
    private int[] nextChild = new int[32];
    private int depth;

    /** How many elements are open: the depth of their next child, counting the walk's root as 0. */
    public int depth() {
        return depth;
    }

    /** Goes into {@code element}, whose children come next. */
    public void enter(Element element) {
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
            nextChild = Arrays.copyOf(nextChild, depth * 2);
        }
        open[depth] = element;
        nextChild[depth++] = 0;
    }

    /** The innermost open element's next child, or null when it has no more (then {@link #leave} it). */
    public Node nextChild() {
        Element parent = open[depth - 1];
        int next = nextChild[depth - 1]++;
        return next < parent.childNodeSize() ? parent.childNode(next) : null;
    }

    /** Leaves the innermost open element, and returns it. */
    public Element leave() {
        return open[--depth];
    }
}
