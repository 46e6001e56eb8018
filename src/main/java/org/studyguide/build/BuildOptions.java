package org.studyguide.build;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build from and into.
 *
 * @param content   the guide's content folder
 * @param templates the guide's own templates, layered over the built-in ones
 * @param out       the published site folder
 */
public record BuildOptions(Path content, Optional<Path> templates, Path out) {
}
