package org.studyguide.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a burst of changed paths affects: the content (reload the guide and render it), the
 * templates (a fresh Freemarker configuration, then the same), or only files under
 * {@code templates/assets/} (copied over as they are). {@link ScratchFiles} affect nothing.
 *
 * @param content   a file under the content folder changed
 * @param templates a template (not an asset) changed, or an asset was deleted
 * @param assets    assets under {@code templates/assets/} that were written, as paths on disk
 */
record Affected(boolean content, boolean templates, List<Path> assets) {

    /** Sorts changed paths by what they affect. */
    static Affected of(Set<Path> changed, Path content, Optional<Path> templates) {
        boolean contentChanged = false;
        boolean templatesChanged = false;
        List<Path> assets = new java.util.ArrayList<>();
        Optional<Path> assetDir = templates.map(t -> t.resolve("assets"));
        for (Path path : changed) {
            if (ScratchFiles.isScratch(path)) {
                continue;
            }
            if (path.startsWith(content)) {
                contentChanged = true;
            } else if (assetDir.isPresent() && path.startsWith(assetDir.get()) && !path.equals(assetDir.get())
                    && Files.isRegularFile(path)) {
                assets.add(path);
            } else if (templates.isPresent() && path.startsWith(templates.get()) && !Files.isDirectory(path)) {
                templatesChanged = true;
            }
        }
        return new Affected(contentChanged, templatesChanged, List.copyOf(assets));
    }

    /** True when nothing that the site is built from changed. */
    boolean isNone() {
        return !content && !templates && assets.isEmpty();
    }

    /** True when only assets changed, so that they can be copied without rendering anything. */
    boolean onlyAssets() {
        return !content && !templates && !assets.isEmpty();
    }
}
