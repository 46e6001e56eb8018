package org.studyguide.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** References are decoded exactly as Jsoup's tokeniser decodes them, in text and in attributes. */
class CharacterReferencesTest {
    @Test
    void decodesAsJsoupDoesInTextAndInAttributes() {
        for (String raw : new String[] {"plain", "Tom &amp; Jerry", "&rsquo;s &ldquo;x&rdquo; &ndash; &mdash;&hellip;",
                "a&b", "&amp", "&ampx;", "&amp=", "&notit;", "&notin;", "&#39;&#34;&#x27;", "&nbsp;&nbsp;&shy;",
                "&unknownname;", "&;", "& amp;", "&lt;p&gt;", "&copy2026", "&quot;&apos;", "x&#39;", "&#128512;",
                "&"}) {
            for (boolean inAttribute : new boolean[] {false, true}) {
                assertThat(CharacterReferences.decode(raw, inAttribute)).as("%s (attribute: %s)", raw, inAttribute)
                        .isEqualTo(Parser.unescapeEntities(raw, inAttribute));
            }
        }
    }
}
