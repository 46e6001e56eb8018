package org.studyguide.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The guide's templates folder as Freemarker sees it: a name that leads outside the folder (through
 * a symbolic link) is a plain "cannot read" error at the place that named it, never a file from
 * elsewhere on the disk and never a crash. It notes the digest of every file it reads, so that
 * what its configuration parsed can be held against a snapshot of the folder (see {@link KeptConfigurations}).
 */
final class ConfinedTemplateLoader implements TemplateLoader {
    /** Noted for a file read twice with different bytes: matches no snapshot. */
    private static final String CHANGED = "changed while read";

    private final FileTemplateLoader files;
    private final Map<String, String> read = new ConcurrentHashMap<>();

    /** Templates from {@code dir} and the folders inside it only. */
    ConfinedTemplateLoader(File dir) throws IOException {
        // FileTemplateLoader refuses (with a SecurityException) any file whose real path lies
        // outside the folder; this loader turns that into an ordinary read error.
        files = new FileTemplateLoader(dir, false);
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        try {
            Object source = files.findTemplateSource(name);
            // FileTemplateLoader's sources are the files themselves.
            return source == null ? null : new Found(name, (File) source);
        } catch (SecurityException e) {
            throw new IOException("'" + name + "' leads outside the templates folder (a symbolic link?);"
                    + " templates may only use files inside it");
        }
    }

    @Override
    public long getLastModified(Object source) {
        return files.getLastModified(((Found) source).file());
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        Found found = (Found) source;
        byte[] bytes;
        // As FileTemplateLoader reads (so a file gone meanwhile fails alike), but whole, to note its digest.
        try (FileInputStream in = new FileInputStream(found.file())) {
            bytes = in.readAllBytes();
        }
        read.merge(found.name(), TemplateSnapshot.digest(bytes), (before, now) -> before.equals(now) ? now : CHANGED);
        return new InputStreamReader(new ByteArrayInputStream(bytes), encoding);
    }

    @Override
    public void closeTemplateSource(Object source) throws IOException {
        files.closeTemplateSource(((Found) source).file());
    }

    /** The digest of each file read so far, by its name in the folder. */
    Map<String, String> read() {
        return Map.copyOf(read);
    }

    /** A template found in the folder under {@code name}; equal for the same name and file. */
    private record Found(String name, File file) {
    }
}
