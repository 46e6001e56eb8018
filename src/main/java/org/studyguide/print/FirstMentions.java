package org.studyguide.print;

import java.util.ArrayList;
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
    /** Each chapter's acronyms, by the first part (in print order) each lies in, in document order. */
    private final Map<Element, List<List<Element>>> byChapter = new LinkedHashMap<>();

    @Override
    public void head(Node node, int depth) {
        if (node instanceof Element abbr && abbr.nameIs("abbr") && abbr.hasAttr("title")) {
            // The acronym counts in each chapter around it, in the first part it lies in there (its
            // ancestors up to and including the chapter's article): later parts would find its term seen.
            int part = PRINT_ORDER.length;
            for (Element parent = abbr.parent(); parent != null; parent = parent.parent()) {
                // Each ancestor's classes read once: most have none.
                String classes = parent.attributesSize() == 0 ? "" : parent.className();
                if (classes.isEmpty()) {
                    continue;
                }
                part = Math.min(part, partOf(classes));
                if (part < PRINT_ORDER.length && parent.nameIs("article") && hasClass(classes, "chapter")) {
                    byChapter.computeIfAbsent(parent, article -> parts()).get(part).add(abbr);
                }
            }
        }
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
    private static boolean hasClass(String classes, String name) {
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
