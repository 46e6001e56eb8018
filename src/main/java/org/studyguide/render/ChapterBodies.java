package org.studyguide.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The chapters' body trees that {@link ChapterViews} parsed (with their margin notes), kept until
 * each chapter's page is parsed, which then takes its body's tree instead of parsing the body again
 * (see {@link BodyInsert}). The page views of every chapter are made before the first page, so the
 * trees kept are capped by the size of their HTML; a chapter whose tree was not kept is parsed whole.
 */
final class ChapterBodies {
    /** Body HTML, in characters, whose trees are kept at most: some tens of MB of trees. */
    private static final long KEPT_UP_TO = 8_000_000;
    private final long limit;
    private final AtomicLong kept = new AtomicLong();
    private final Map<String, Body> bodies = new ConcurrentHashMap<>();

    private ChapterBodies(long limit) {
        this.limit = limit;
    }

    /** Keeps trees within the usual limit. */
    static ChapterBodies kept() {
        return new ChapterBodies(KEPT_UP_TO);
    }

    /** Keeps no tree: every page is parsed whole. */
    static ChapterBodies none() {
        return new ChapterBodies(0);
    }

    /** Keeps the tree of chapter {@code id}'s body, written out as {@code html}, if it fits. */
    void keep(String id, String html, Element tree) {
        if (kept.addAndGet(html.length()) <= limit) {
            bodies.put(id, new Body(html, tree));
        } else {
            kept.addAndGet(-html.length());
        }
    }

    /** How chapter {@code id}'s page is parsed from its template output: with its body's tree once, if kept. */
    Function<String, Document> parser(String id) {
        Body body = bodies.remove(id);
        return body == null ? PagePasses::parse : html -> BodyInsert.parse(html, body.html(), body.tree());
    }

    private record Body(String html, Element tree) {
    }
}
