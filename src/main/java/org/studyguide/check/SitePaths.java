package org.studyguide.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Arithmetic on site paths (relative, {@code /}-separated, as in
 * {@link org.studyguide.render.SiteFiles}): resolving a relative link the way a browser does, and
 * the reverse, writing the relative link from one file to another for hints.
 */
final class SitePaths {
    private SitePaths() {
    }

    /**
     * The site path a relative, percent-decoded link from {@code fromFile} points at; empty when
     * its {@code ..} segments climb above the site root. A result that is empty (the root) or ends
     * in {@code /} names a folder, as links ending in {@code /}, {@code .} or {@code ..} do.
     */
    static Optional<String> resolve(String fromFile, String link) {
        List<String> segments = new ArrayList<>(folderSegments(fromFile));
        String[] parts = link.split("/", -1);
        boolean folder = false;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            folder = i == parts.length - 1 && (part.isEmpty() || part.equals(".") || part.equals(".."));
            if (part.equals("..")) {
                if (segments.isEmpty()) {
                    return Optional.empty();
                }
                segments.remove(segments.size() - 1);
            } else if (!part.isEmpty() && !part.equals(".")) {
                segments.add(part);
            }
        }
        String joined = String.join("/", segments);
        return Optional.of(folder && !joined.isEmpty() ? joined + "/" : joined);
    }

    /** True when a path returned by {@link #resolve} names a folder rather than a file. */
    static boolean isFolderSyntax(String path) {
        return path.isEmpty() || path.endsWith("/");
    }

    /** The relative link from {@code fromFile} to the file {@code target}, such as {@code ../glossary.html}. */
    static String relativize(String fromFile, String target) {
        List<String> from = folderSegments(fromFile);
        List<String> to = Arrays.asList(target.split("/"));
        int common = 0;
        while (common < from.size() && common < to.size() - 1 && from.get(common).equals(to.get(common))) {
            common++;
        }
        StringBuilder link = new StringBuilder("../".repeat(from.size() - common));
        link.append(String.join("/", to.subList(common, to.size())));
        return link.toString();
    }

    private static List<String> folderSegments(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? List.of() : Arrays.asList(file.substring(0, slash).split("/"));
    }
}
