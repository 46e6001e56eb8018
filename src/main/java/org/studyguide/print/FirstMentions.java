package org.studyguide.print;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeVisitor;

/**
 * Marks the first acronym of each term in a chapter with the class {@value #CLASS}, so that the
 * print stylesheet can spell it out there and only there ("NRC (NATO–Russia Council)"). Chapters
 * ({@code article.chapter}) are read in the order they print: the body, then the review questions,
 * then the model answers, which print as an answer key at the end. Terms are told apart by their
 * expansion (the {@code abbr} title), so an alias counts as the same term. Running it twice changes
 * nothing. As a visitor of a walk over the page it finds the acronyms; {@link #mark()} then marks them.
 */
public final class FirstMentions implements NodeVisitor {
    /** The class of a term's first acronym in a chapter. */
    public static final String CLASS = "first";
    /** The classes of a chapter's parts, in the order they print. */
    private static final String[] PRINT_ORDER = {"chapter-body", "question", "answer"};
    private static final int UNREAD = -1;
    /** Each chapter's acronyms, by the first part (in print order) each lies in, in document order. */
    private final Map<Element, List<List<Element>>> byChapter = new LinkedHashMap<>();

    /** The elements the walk is inside, by depth: the current node's ancestors up to the walk's root. */
    private Element[] ancestors = new Element[32];
    /** Each ancestor's part in print order (as {@link #partOf} reads its classes), once asked for; else {@link #UNREAD}. */
    private int[] ownParts = new int[32];
    /** Whether each ancestor is a chapter's article, read with its part. */
    private boolean[] chapters = new boolean[32];

    @Override
    public void head(Node node, int depth) {
        if (!(node instanceof Element element)) {
            return;
        }
        remember(element, depth);
        if (element.nameIs("abbr") && element.hasAttr("title")) {
            // The acronym counts in each chapter around it, in the first part it lies in there (its
            // ancestors up to and including the chapter's article): later parts would find its term seen.
            // The ancestors in the walk are read once each, however many acronyms they hold.
            int part = PRINT_ORDER.length;
            for (int level = depth - 1; level >= 0; level--) {
                part = Math.min(part, partAt(level));
                if (part < PRINT_ORDER.length && chapters[level]) {
                    add(ancestors[level], part, element);
                }
            }
            for (Element parent = ancestors[0].parent(); parent != null; parent = parent.parent()) {
                part = above(parent, part, element);
            }
        }
    }

    private void remember(Element element, int depth) {
        if (depth == ancestors.length) {
            ancestors = Arrays.copyOf(ancestors, depth * 2);
            ownParts = Arrays.copyOf(ownParts, depth * 2);
            chapters = Arrays.copyOf(chapters, depth * 2);
        }
        ancestors[depth] = element;
        ownParts[depth] = UNREAD;
    }

    /** The part that the ancestor at {@code level} names, read from its classes the first time. */
    private int partAt(int level) {
        if (ownParts[level] == UNREAD) {
            Element ancestor = ancestors[level];
            // Most elements have no attributes, and so no classes.
            String classes = ancestor.attributesSize() == 0 ? "" : ancestor.className();
            ownParts[level] = classes.isEmpty() ? PRINT_ORDER.length : partOf(classes);
            chapters[level] = !classes.isEmpty() && ancestor.nameIs("article") && hasClass(classes, "chapter");
        }
        return ownParts[level];
    }

    /** Like an ancestor in the walk, one above the walk's root (when the walk starts inside a page). */
    private int above(Element parent, int part, Element abbr) {
        String classes = parent.attributesSize() == 0 ? "" : parent.className();
        if (classes.isEmpty()) {
            return part;
        }
        int within = Math.min(part, partOf(classes));
        if (within < PRINT_ORDER.length && parent.nameIs("article") && hasClass(classes, "chapter")) {
            add(parent, within, abbr);
        }
        return within;
    }

    private void add(Element article, int part, Element abbr) {
        byChapter.computeIfAbsent(article, chapter -> parts()).get(part).add(abbr);
    }

    /** Marks the first mentions found in every chapter. */
    public void mark() {
        for (List<List<Element>> parts : byChapter.values()) {
            Set<String> seen = new HashSet<>();
            for (List<Element> acronyms : parts) {
                for (Element abbr : acronyms) {
                    if (seen.add(abbr.attr("title"))) {
                        abbr.addClass(CLASS);
                    }
                }
            }
        }
    }

    /** The first part (in print order) that {@code classes}, an element's class attribute, names. */
    private static int partOf(String classes) {
        for (int i = 0; i < PRINT_ORDER.length; i++) {
            if (hasClass(classes, PRINT_ORDER[i])) {
                return i;
            }
        }
        return PRINT_ORDER.length;
    }

    /** True when {@code classes}, an element's class attribute, lists {@code name}, as {@link Element#hasClass} reads it. */
    static boolean hasClass(String classes, String name) {
        int length = classes.length();
        int i = 0;
        while (i < length) {
            while (i < length && Character.isWhitespace(classes.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && !Character.isWhitespace(classes.charAt(i))) {
                i++;
            }
            if (i - start == name.length() && classes.regionMatches(true, start, name, 0, name.length())) {
                return true;
            }
        }
        return false;
    }

    private static List<List<Element>> parts() {
        List<List<Element>> parts = new ArrayList<>();
        for (int i = 0; i < PRINT_ORDER.length; i++) {
            parts.add(new ArrayList<>());
        }
        return parts;
    }
}
