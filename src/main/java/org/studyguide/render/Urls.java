package org.studyguide.render;

import java.net.URI;
import java.util.Optional;
import org.studyguide.model.ItemId;
import org.studyguide.model.Ref;

/**
 * Where each item lives in the site. URLs are written site-root-relative ({@code /glossary.html#NRC});
 * {@link RelativeLinks} turns them into page-relative links once each page is rendered, so the site
 * works from disk and under any base path.
 */
public final class Urls {
    /** The home page. */
    public static final String HOME = "/index.html";
    /** The glossary page. */
    public static final String GLOSSARY = "/glossary.html";
    /** The quotations page. */
    public static final String QUOTES = "/quotes.html";
    /** The readings page. */
    public static final String SOURCES = "/sources.html";
    /** The timeline page. */
    public static final String TIMELINE = "/timeline.html";
    /** The People page. */
    public static final String PEOPLE = "/people.html";
    /** The page of explained quotations. */
    public static final String KEY_QUOTATIONS = "/key-quotations.html";
    /** The site file of the page served for a missing address, at whatever path was asked for. */
    public static final String NOT_FOUND = "404.html";

    private Urls() {
    }

    /**
     * The path part of the site's public address, such as {@code /nato-russia-guide/}: where the
     * site root lies on its server.
     */
    public static Optional<String> basePath(Optional<String> baseUrl) {
        return baseUrl.map(url -> URI.create(url).getRawPath());
    }

    /** The site file of a chapter page, such as {@code chapters/enlargement.html}. */
    public static String chapterFile(String id) {
        return "chapters/" + id + ".html";
    }

    /** The URL of any item. */
    public static String of(ItemId item) {
        return of(item.kind(), item.id());
    }

    /** The URL of the item of {@code kind} with {@code id}. */
    public static String of(Ref.Kind kind, String id) {
        return switch (kind) {
            case CHAPTER -> "/" + chapterFile(id);
            case TERM -> GLOSSARY + "#" + id;
            case QUOTE -> QUOTES + "#" + id;
            case SOURCE -> SOURCES + "#" + id;
            case EVENT -> TIMELINE + "#" + id;
            case PERSON -> PEOPLE + "#" + id;
        };
    }
}
