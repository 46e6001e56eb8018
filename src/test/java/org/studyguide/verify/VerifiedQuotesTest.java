package org.studyguide.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.cache.ContentCache;
import org.studyguide.diag.Diagnostic;
import org.studyguide.diag.Diagnostics;
import org.studyguide.load.ContentLoader;
import org.studyguide.model.Guide;
import org.studyguide.testing.GuideFixture;

/**
 * The quotation check kept in the cache: a clean check's count is taken from it while the quotations
 * and texts are the same; any change to them, and any problem, makes the check run again; a damaged
 * entry is not trusted.
 */
class VerifiedQuotesTest {
    @TempDir
    Path root;

    @Test
    void aCleanCheckIsTakenFromTheCacheWhileQuotationsAndTextsAreTheSame() {
        GuideFixture fixture = GuideFixture.in(root).writeFiles();
        ContentCache cache = cache();

        int first = verify(guide(fixture), cache, new Diagnostics());
        int again = verify(guide(fixture), cache, new Diagnostics());

        assertThat(first).isEqualTo(2);
        assertThat(again).isEqualTo(2);
        assertThat(cache.stores()).isEqualTo(1);
        assertThat(cache.hits()).isEqualTo(1);
    }

    @Test
    void aChangedTextOrQuotationIsCheckedAgainAndItsProblemReportedInEveryBuild() throws IOException {
        GuideFixture fixture = GuideFixture.in(root).writeFiles();
        verify(guide(fixture), cache(), new Diagnostics());
        Files.writeString(fixture.textsDir().resolve("reading-a.txt"),
                GuideFixture.READING_A.replace("met often", "met rarely"));

        for (int build = 0; build < 2; build++) {
            Diagnostics found = new Diagnostics();
            assertThat(verify(guide(fixture), cache(), found)).isEqualTo(1);
            assertThat(found.sorted()).extracting(Diagnostic::message)
                    .containsExactly("quotation 'first-quote' is not found in reading-a.txt");
        }
        fixture.readingText("reading-a", GuideFixture.READING_A)
                .file("quotes.yml", GuideFixture.QUOTES.replace("The council met often.", "The council met rarely."))
                .writeFiles();
        Diagnostics found = new Diagnostics();
        assertThat(verify(guide(fixture), cache(), found)).isEqualTo(1);
        assertThat(found.sorted()).hasSize(1);
    }

    @Test
    void aDamagedEntryIsNotTrusted() throws IOException {
        GuideFixture fixture = GuideFixture.in(root).writeFiles();
        verify(guide(fixture), cache(), new Diagnostics());
        ContentCache store = cache();
        for (byte[] damaged : List.of(new byte[0], "not a count at all".getBytes(StandardCharsets.UTF_8),
                "studyguide verified quotations 1:".getBytes(StandardCharsets.US_ASCII))) {
            for (byte[] key : keys()) {
                store.put(key, damaged);
            }
            ContentCache cache = cache();
            assertThat(verify(guide(fixture), cache, new Diagnostics())).isEqualTo(2);
            assertThat(cache.stores()).as("the entry replaced").isEqualTo(1);
        }
    }

    private int verify(Guide guide, ContentCache cache, Diagnostics diagnostics) {
        return VerifiedQuotes.verify(guide, root.resolve("texts"), diagnostics, cache);
    }

    private static Guide guide(GuideFixture fixture) {
        Diagnostics diagnostics = new Diagnostics();
        Guide guide = ContentLoader.load(fixture.content(), diagnostics).orElseThrow().guide();
        assertThat(diagnostics.sorted()).isEmpty();
        return guide;
    }

    private ContentCache cache() {
        return ContentCache.in(root.resolve("cache"), true);
    }

    private List<byte[]> keys() throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("cache"))) {
            return files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".entry"))
                    .map(name -> HexFormat.of().parseHex(name.replace(".entry", ""))).toList();
        }
    }
}
