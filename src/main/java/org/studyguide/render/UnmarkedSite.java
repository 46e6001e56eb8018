package org.studyguide.render;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.studyguide.markdown.SourceMarks;

/**
 * The site as it is published: its pages without the {@link SourceMarks} that told the check stage
 * where each link, image and heading was written. Pages keep them until then, so that the print
 * page, made from the chapter pages, carries them too.
 */
public final class UnmarkedSite {
    private UnmarkedSite() {
    }

    /** The same site with the marks removed from every page. */
    public static SiteFiles of(SiteFiles site) {
        Map<String, byte[]> files = new TreeMap<>(site.files());
        files.replaceAll((path, bytes) -> SiteFiles.isHtml(path)
                ? SourceMarks.strip(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
                : bytes);
        return SiteFiles.of(files);
    }
}
