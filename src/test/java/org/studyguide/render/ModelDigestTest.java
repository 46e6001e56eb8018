package org.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The digest of a template's model: equal for models a template cannot tell apart, different for
 * any change a template could show, and none for a value of a type it does not know.
 */
class ModelDigestTest {
    private static final Views.Link LINK = new Views.Link("/a.html", "A");

    @Test
    void equalModelsGiveEqualDigests() {
        assertThat(digest(List.of(new Views.Link("/a.html", "A"), 3, true)))
                .isEqualTo(digest(List.of(LINK, 3, true)));
        assertThat(digest(List.of(new byte[] {1, 2}))).isEqualTo(digest(List.of(new byte[] {1, 2})));
    }

    @Test
    void anyChangeATemplateCouldShowChangesTheDigest() {
        List<byte[]> digests = List.of(
                digest(LINK),
                digest(new Views.Link("/a.html", "B")),
                digest(new Views.Link("/b.html", "A")),
                digest(new Views.Link("/a.html", null)),
                digest(new Views.Link("/a.html", "")),
                digest(new Views.HomePage("/a.html", "A")),
                digest(List.of("ab", "c")),
                digest(List.of("a", "bc")),
                digest(List.of(List.of("a"), "b")),
                digest(List.of("a", List.of("b"))),
                digest(1),
                digest(1L),
                digest("1"),
                digest(true),
                digest(new byte[] {'1'}),
                digest(new byte[] {'1', 0}));
        for (int i = 0; i < digests.size(); i++) {
            for (int j = i + 1; j < digests.size(); j++) {
                assertThat(Arrays.equals(digests.get(i), digests.get(j))).as(i + " and " + j).isFalse();
            }
        }
    }

    @Test
    void aValueOfAnotherTypeHasNoDigest() {
        assertThat(ModelDigest.of(List.of(LINK, new Object()))).isEmpty();
        assertThat(ModelDigest.of(Optional.of("a"))).isEmpty();
        assertThat(ModelDigest.of(new StringBuilder("a"))).isEmpty();
    }

    private static byte[] digest(Object value) {
        return ModelDigest.of(value).orElseThrow();
    }
}
