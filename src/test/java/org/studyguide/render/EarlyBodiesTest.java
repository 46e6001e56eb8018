package org.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.diag.Diagnostics;
import org.studyguide.link.LinkedGuide;
import org.studyguide.link.Linker;
import org.studyguide.link.ParsedTexts;
import org.studyguide.load.ContentLoader;
import org.studyguide.load.LoadedGuide;
import org.studyguide.testing.GuideFixture;

/**
 * Chapter bodies rendered by the link stage as it parses them (as a build renders them) make the
 * same site, byte for byte, as bodies rendered by the render stage from the kept trees.
 */
class EarlyBodiesTest {
    @TempDir
    Path root;

    @Test
    void bodiesRenderedWhileLinkingMakeTheSameSite() {
        // An embedded quotation brings its explanation, another text, which itself refers to a
        // quotation: the body's resolver must reach the other texts as the render stage's does.
        GuideFixture fixture = GuideFixture.in(root).file("quotes.yml", GuideFixture.QUOTES.replace(
                "  context: On how often the council met.\n",
                "  context: On how often the council met.\n  explanation: Read it beside [[quote:second-quote]] and the [[term:PJC]].\n"))
                .writeFiles();
        SortedMap<String, byte[]> late = site(Linker.link(load(fixture), new Diagnostics(), ParsedTexts.once()));
        SortedMap<String, byte[]> early = site(Linker.link(load(fixture), new Diagnostics(), ParsedTexts.once(),
                Optional.of(SiteRenderer::bodyResolver)));

        String chapter = new String(early.get("chapters/first.html"), StandardCharsets.UTF_8);
        assertThat(chapter).contains("Read it beside").contains("Cooperation was uneven");
        assertThat(early.keySet()).isEqualTo(late.keySet());
        for (Map.Entry<String, byte[]> file : late.entrySet()) {
            assertThat(early.get(file.getKey())).as(file.getKey()).isEqualTo(file.getValue());
        }
    }

    private static LoadedGuide load(GuideFixture fixture) {
        Diagnostics diagnostics = new Diagnostics();
        LoadedGuide loaded = ContentLoader.load(fixture.content(), diagnostics).orElseThrow();
        assertThat(diagnostics.sorted()).isEmpty();
        return loaded;
    }

    private static SortedMap<String, byte[]> site(LinkedGuide linked) {
        Diagnostics diagnostics = new Diagnostics();
        SortedMap<String, byte[]> files = new SiteRenderer(Optional.empty()).render(linked, false, diagnostics).files();
        assertThat(diagnostics.sorted()).isEmpty();
        return files;
    }
}
