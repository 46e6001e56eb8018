package org.studyguide.build;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build from and into.
 *
 * @param content   the guide's content folder
 * @param templates the guide's own templates, layered over the built-in ones
 * @param out       the published site folder
 * @param sources   the readings' plain texts to verify quotations against; overrides
 *                  {@code sourceTexts} in {@code guide.yml}
 * @param pdfs      whether to render the PDFs, which takes seconds; the preview server turns it off
 * @param cache     the folder of the content-addressed cache of laid-out PDFs; empty for none
 */
public record BuildOptions(Path content, Optional<Path> templates, Path out, Optional<Path> sources, boolean pdfs,
        Optional<Path> cache) {

    /** Options without a cache. */
    public BuildOptions(Path content, Optional<Path> templates, Path out, Optional<Path> sources, boolean pdfs) {
        this(content, templates, out, sources, pdfs, Optional.empty());
    }

    /** Options that render everything, PDFs included. */
    public BuildOptions(Path content, Optional<Path> templates, Path out, Optional<Path> sources) {
        this(content, templates, out, sources, true);
    }

    /** Options without a source-texts folder of their own. */
    public BuildOptions(Path content, Optional<Path> templates, Path out) {
        this(content, templates, out, Optional.empty());
    }

    /** The same options with PDFs rendered or skipped. */
    public BuildOptions pdfs(boolean render) {
        return new BuildOptions(content, templates, out, sources, render, cache);
    }

    /** The same options with a cache folder, or none. */
    public BuildOptions cache(Optional<Path> folder) {
        return new BuildOptions(content, templates, out, sources, pdfs, folder);
    }
}
