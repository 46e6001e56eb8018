package org.studyguide.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.File;
import java.io.IOException;
import java.io.Reader;

/**
 * The guide's templates folder as Freemarker sees it: a name that leads outside the folder (through
 * a symbolic link) is a plain "cannot read" error at the place that named it, never a file from
 * elsewhere on the disk and never a crash.
 */
final class ConfinedTemplateLoader implements TemplateLoader {
    private final FileTemplateLoader files;

    /** Templates from {@code dir} and the folders inside it only. */
    ConfinedTemplateLoader(File dir) throws IOException {
        // FileTemplateLoader refuses (with a SecurityException) any file whose real path lies
        // outside the folder; this loader turns that into an ordinary read error.
        files = new FileTemplateLoader(dir, false);
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        try {
            return files.findTemplateSource(name);
        } catch (SecurityException e) {
            throw new IOException("'" + name + "' leads outside the templates folder (a symbolic link?);"
                    + " templates may only use files inside it");
        }
    }

    @Override
    public long getLastModified(Object source) {
        return files.getLastModified(source);
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        return files.getReader(source, encoding);
    }

    @Override
    public void closeTemplateSource(Object source) throws IOException {
        files.closeTemplateSource(source);
    }
}
