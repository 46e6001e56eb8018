package org.studyguide.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A rendered site: relative paths with {@code /} separators (such as
 * {@code chapters/enlargement.html}) mapped to their bytes, sorted so that every walk over the
 * site is deterministic. The check stage reads it; the publish stage writes it out. A site rendered
 * into {@link StagedFiles} has its pages in a staging folder already, and reads them from there.
 */
public final class SiteFiles {
    private final SortedMap<String, byte[]> files;
    private final Optional<StagedFiles> staged;

    private SiteFiles(SortedMap<String, byte[]> files, Optional<StagedFiles> staged) {
        this.files = Collections.unmodifiableSortedMap(files);
        this.staged = staged;
    }

    /** A site from any map of paths to contents, copied so that later changes to it do not leak in. */
    public static SiteFiles of(Map<String, byte[]> files) {
        return new SiteFiles(new TreeMap<>(files), Optional.empty());
    }

    /** A site whose pages were written to a staging folder as they were rendered; not copied. */
    public static SiteFiles of(StagedFiles files) {
        return new SiteFiles(files, Optional.of(files));
    }

    /**
     * This site with {@code added} too (files that are not pages, such as the PDFs). A staged site
     * takes them in, so that its pages are not read back from the staging folder to be copied;
     * any other site is copied.
     */
    public SiteFiles with(Map<String, byte[]> added) {
        if (staged.isPresent()) {
            staged.get().putAll(added);
            return this;
        }
        Map<String, byte[]> all = new TreeMap<>(files);
        all.putAll(added);
        return of(all);
    }

    /** The files, in path order; a staged page is read from its file each time it is asked for. */
    public SortedMap<String, byte[]> files() {
        return files;
    }

    /** The staging folder when the pages were written there as they were rendered. */
    public Optional<Path> stagedIn() {
        return staged.map(StagedFiles::folder);
    }

    /** True when the file at {@code path} is in the staging folder already. */
    public boolean isWritten(String path) {
        return staged.isPresent() && staged.get().isWritten(path);
    }

    /** True for the pages the check stage parses. */
    public static boolean isHtml(String path) {
        return path.endsWith(".html");
    }

    /**
     * True for a path that stays inside the site's folder: relative, {@code /}-separated, without
     * empty, {@code .} or {@code ..} segments, backslashes or colons.
     */
    public static boolean staysInside(String path) {
        return !path.isEmpty() && !path.contains("\\") && !path.contains(":")
                && Arrays.stream(path.split("/", -1)).noneMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."));
    }

    /** A file's text, read as UTF-8. */
    public String text(String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    /** True when the site has a file at {@code path}. */
    public boolean contains(String path) {
        return files.containsKey(path);
    }
}
