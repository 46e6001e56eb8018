package org.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.cache.ContentCache;

/**
 * Entries that stand for the guide's templates as they were when the build began (a page found by
 * its model, a print page) are removed when a template changed while the pages rendered, since
 * Freemarker may have read the new one; and a templates folder with a link in it keys no page by
 * its model, as the link's target is not read.
 */
class PageCacheTemplatesTest {
    private static final Views.Site SITE = new Views.Site("Guide", "", "en", List.of(), "", "", List.of(), "1", "",
            false, false, false);

    @TempDir
    Path dir;

    @Test
    void aTemplateChangedDuringTheBuildDropsWhatItsKeysStoodFor() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("404.ftlh"), "<p>${page.title}</p>");
        PageCache cache = PageCache.in(ContentCache.in(dir.resolve("cache"), true));
        Optional<byte[]> build = cache.buildKey(new Templates(Optional.of(templates)), SITE);
        Optional<byte[]> key = storeUnder(cache, build);
        Files.writeString(templates.resolve("404.ftlh"), "<p>Lost: ${page.title}</p>");
        cache.finish();

        assertThat(ContentCache.in(dir.resolve("cache"), false).get(key.orElseThrow())).isEmpty();
    }

    @Test
    void unchangedTemplatesKeepWhatTheirKeysStoodFor() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("404.ftlh"), "<p>${page.title}</p>");

        Optional<byte[]> key = storeOnePage(templates);

        assertThat(ContentCache.in(dir.resolve("cache"), false).get(key.orElseThrow())).isPresent();
    }

    @Test
    void aLinkInTheTemplatesFolderKeysNoPageByItsModel() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("404.ftlh"), "<p>${page.title}</p>");
        Path outside = Files.writeString(dir.resolve("outside.txt"), "not the guide's");
        Files.createSymbolicLink(templates.resolve("linked.ftlh"), outside);

        PageCache cache = PageCache.in(ContentCache.in(dir.resolve("cache"), true));

        assertThat(cache.buildKey(new Templates(Optional.of(templates)), SITE)).isEmpty();
    }

    /** Stores one page under its model key in a build with the templates as they are, and returns that key. */
    private Optional<byte[]> storeOnePage(Path templates) {
        PageCache cache = PageCache.in(ContentCache.in(dir.resolve("cache"), true));
        Optional<byte[]> build = cache.buildKey(new Templates(Optional.of(templates)), SITE);
        Optional<byte[]> key = storeUnder(cache, build);
        cache.finish();
        return key;
    }

    private static Optional<byte[]> storeUnder(PageCache cache, Optional<byte[]> build) {
        assertThat(build).isPresent();
        Optional<byte[]> model = cache.modelKey(build, "404.html", "404.ftlh", Optional.empty(), Optional.empty(),
                new Views.NotFoundPage("Not found"));
        byte[] output = cache.outputKey("404.html", Optional.empty(), Optional.empty(), "<p>Not found</p>").orElseThrow();
        cache.keep(output, model, "<p>Not found</p>".getBytes(), Optional.empty(), Optional.of(new byte[] {1}), false);
        return model;
    }
}
