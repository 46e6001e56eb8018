package org.studyguide.serve;

import java.util.Locale;
import java.util.Map;

/** The media type of a site file, from its extension, with UTF-8 named for text. */
final class ContentTypes {
    private static final String TEXT = "; charset=utf-8";
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html" + TEXT),
            Map.entry("css", "text/css" + TEXT),
            Map.entry("js", "text/javascript" + TEXT),
            Map.entry("json", "application/json"),
            Map.entry("txt", "text/plain" + TEXT),
            Map.entry("csv", "text/csv" + TEXT),
            Map.entry("bib", "text/x-bibtex" + TEXT),
            Map.entry("xml", "application/xml"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"),
            Map.entry("pdf", "application/pdf"));

    private ContentTypes() {
    }

    /** The type to send a file as; unknown kinds are sent as plain bytes. */
    static String of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return BY_EXTENSION.getOrDefault(extension, "application/octet-stream");
    }
}
