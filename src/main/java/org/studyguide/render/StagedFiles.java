package org.studyguide.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The files of a site being rendered, with every HTML page written to a staging folder as soon as it
 * is put here, so that a large site's pages are not all held in memory until it is published. Other
 * files (assets, the search index) stay in memory. Reading a page back reads its file. The publish
 * stage writes only the files still in memory and swaps the folder in; a failed build deletes it.
 * A page whose path could leave the folder is kept in memory, for the publish stage to refuse.
 */
public final class StagedFiles extends AbstractMap<String, byte[]> implements SortedMap<String, byte[]> {
    /** The value of a file written to the folder (compared by identity). */
    private static final byte[] WRITTEN = new byte[0];

    private final Path folder;
    private final NavigableMap<String, byte[]> entries;

    /** An empty site whose pages go into {@code folder}, which exists. */
    public StagedFiles(Path folder) {
        this(folder, new ConcurrentSkipListMap<>());
    }

    private StagedFiles(Path folder, NavigableMap<String, byte[]> entries) {
        this.folder = folder;
        this.entries = entries;
    }

    /** The staging folder. */
    public Path folder() {
        return folder;
    }

    /** True when the file at {@code path} is in the folder already, not in memory. */
    public boolean isWritten(String path) {
        return entries.get(path) == WRITTEN;
    }

    /**
     * Adds a file; a page is written to the folder at once.
     *
     * @throws UncheckedIOException when the page cannot be written
     */
    @Override
    public byte[] put(String path, byte[] bytes) {
        if (!SiteFiles.isHtml(path) || !SiteFiles.staysInside(path)) {
            return entries.put(path, bytes);
        }
        Path file = folder.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries.put(path, WRITTEN);
    }

    @Override
    public byte[] get(Object path) {
        byte[] bytes = entries.get(path);
        return bytes == WRITTEN ? read((String) path) : bytes;
    }

    @Override
    public boolean containsKey(Object path) {
        return entries.containsKey(path);
    }

    @Override
    public int size() {
        return entries.size();
    }

    @Override
    public Set<String> keySet() {
        return entries.navigableKeySet();
    }

    @Override
    public Set<Map.Entry<String, byte[]>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, byte[]>> iterator() {
                Iterator<String> paths = entries.keySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return paths.hasNext();
                    }

                    @Override
                    public Map.Entry<String, byte[]> next() {
                        String path = paths.next();
                        return new SimpleImmutableEntry<>(path, get(path));
                    }
                };
            }

            @Override
            public int size() {
                return entries.size();
            }
        };
    }

    @Override
    public Comparator<? super String> comparator() {
        return null;
    }

    @Override
    public SortedMap<String, byte[]> subMap(String from, String to) {
        return new StagedFiles(folder, entries.subMap(from, true, to, false));
    }

    @Override
    public SortedMap<String, byte[]> headMap(String to) {
        return new StagedFiles(folder, entries.headMap(to, false));
    }

    @Override
    public SortedMap<String, byte[]> tailMap(String from) {
        return new StagedFiles(folder, entries.tailMap(from, true));
    }

    @Override
    public String firstKey() {
        return entries.firstKey();
    }

    @Override
    public String lastKey() {
        return entries.lastKey();
    }

    private byte[] read(String path) {
        try {
            return Files.readAllBytes(folder.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
