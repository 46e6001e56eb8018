package org.studyguide.build;

import java.nio.file.Path;
import java.util.Optional;
import org.studyguide.check.SiteChecker;
import org.studyguide.link.ParsedTexts;
import org.studyguide.render.SiteRenderer;

/**
 * Stages kept between builds of one guide, so that a rebuild redoes only what changed: the parsed
 * Markdown texts, the renderer with its Freemarker templates and finished pages, and the checker
 * with its parsed pages. The preview server keeps one and renews the renderer when a template changes.
 *
 * @param texts    Markdown texts parsed by earlier builds
 * @param renderer the renderer, remembering its pages
 * @param checker  the checker, remembering its parsed pages
 */
public record WarmStages(ParsedTexts texts, SiteRenderer renderer, SiteChecker checker) {

    /** Fresh stages for a guide with its own templates in {@code templates}. */
    public static WarmStages of(Optional<Path> templates) {
        return new WarmStages(new ParsedTexts(), SiteRenderer.forRebuilds(templates), new SiteChecker());
    }

    /** The same stages with a new renderer, which reads the templates afresh. */
    public WarmStages withNewTemplates(Optional<Path> templates) {
        return new WarmStages(texts, SiteRenderer.forRebuilds(templates), checker);
    }
}
