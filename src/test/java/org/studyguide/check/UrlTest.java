package org.studyguide.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.studyguide.check.Url.Kind;

class UrlTest {

    @ParameterizedTest
    @CsvSource({
        "../glossary.html#NRC, RELATIVE",
        "'', RELATIVE",
        "#top, RELATIVE",
        "/glossary.html, ROOT_RELATIVE",
        "//cdn.example.org/x.js, OTHER_HOST",
        "https://example.org, OTHER_HOST",
        "HTTP:example.org, OTHER_HOST",
        "ftp://example.org/x, OTHER_HOST",
        "mailto:x@example.org, OTHER_SCHEME",
        "data:image/png;base64;AAAA, OTHER_SCHEME",
    })
    void classifiesUrls(String text, Kind kind) {
        assertThat(Url.parse(text).kind()).isEqualTo(kind);
    }

    @Test
    void splitsPathQueryAndFragment() {
        Url url = Url.parse("  a%20b.html?q=1#x%2Fy ");

        assertThat(url.text()).isEqualTo("a%20b.html?q=1#x%2Fy");
        assertThat(url.path()).isEqualTo("a%20b.html");
        assertThat(url.decodedPath()).isEqualTo("a b.html");
        assertThat(url.fragment()).isEqualTo(Optional.of("x%2Fy"));
        assertThat(url.decodedFragment()).isEqualTo("x/y");
        assertThat(Url.parse("a.html").fragment()).isEmpty();
    }

    @Test
    void percentDecodesUtf8KeepsPlusAndMalformedEscapes() {
        assertThat(Url.percentDecode("caf%C3%A9+%e2%82%ac")).isEqualTo("café+€");
        assertThat(Url.percentDecode("100%25 %zz %4")).isEqualTo("100% %zz %4");
        assertThat(Url.percentDecode("ü😀")).isEqualTo("ü😀");
    }
}
