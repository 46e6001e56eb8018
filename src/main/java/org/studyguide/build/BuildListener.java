package org.studyguide.build;

import java.nio.file.Path;
import java.util.Optional;

/** What a build tells the one who started it, as it goes (see {@link UpToDateBuild}). */
interface BuildListener {
    /** A listener that does nothing. */
    BuildListener NONE = new BuildListener() {
    };

    /**
     * Called before the build reads the readings' texts, with the folder it looks for them in
     * ({@code --sources} or {@code sourceTexts} in guide.yml), whether or not that exists; empty
     * when neither names one. Not called when the guide could not be loaded.
     */
    default void readingTexts(Optional<Path> folder) {
    }

    /** Called after the site was published, while the output folder is still locked against other builds. */
    default void published(BuildResult result) {
    }
}
