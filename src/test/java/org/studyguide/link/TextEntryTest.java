package org.studyguide.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.studyguide.diag.Diagnostics;
import org.studyguide.markdown.GuideMarkdown;
import org.studyguide.markdown.ParsedMarkdown;
import org.studyguide.markdown.RecordingResolver;
import org.studyguide.markdown.RefResolver;
import org.studyguide.markdown.RefUse;
import org.studyguide.markdown.Spelling;
import org.studyguide.model.ItemId;
import org.studyguide.model.Markdown;
import org.studyguide.model.Position;
import org.studyguide.model.Ref;

/**
 * The value of a cached group of texts: what is encoded decodes to the same references, problems
 * and HTML, and a value cut short, altered byte by byte or of another kind never throws and never
 * gives a text that was not asked for.
 */
class TextEntryTest {
    private static final Path FILE = Path.of("chapters/a.md");
    private static final GuideMarkdown MARKDOWN = new GuideMarkdown(List.of(new Spelling("NRC", "NRC", "NATO-Russia Council")));
    private static final RefResolver RESOLVER = ToIdPages.RESOLVER;

    private final Owned owned = new Owned(Optional.of(new ItemId(Ref.Kind.CHAPTER, "a")), Markdown.at(
            "The NRC met [[quote:q1]].[^1]\n\n[^1]: Cited.\n\n[^2]: Never cited.\n", new Position(FILE, 5, 1)));
    private final TextEntry.Key key = TextEntry.Key.of(owned);

    private LinkedText linked() {
        ParsedMarkdown parsed = MARKDOWN.parse(owned.markdown(), owned.owner());
        Diagnostics problems = new Diagnostics();
        List<RefUse> uses = MARKDOWN.references(parsed, problems);
        LinkedText text = LinkedText.parsed(parsed, () -> MARKDOWN.parse(owned.markdown(), owned.owner()), uses,
                problems.sorted(), true);
        text.html(MARKDOWN, LinkedText.Form.WITH_EXPLANATIONS, RESOLVER);
        return text;
    }

    @Test
    void aValueDecodesToWhatWasEncoded() {
        LinkedText text = linked();
        byte[] value = TextEntry.encode(List.of(text), List.of(key)).orElseThrow();
        TextStore.Stored stored = TextEntry.decode(value, Map.of(key, FILE)).get(key);
        assertThat(stored.uses()).isEqualTo(text.uses()).hasSize(2);
        assertThat(stored.problems()).isEqualTo(text.problems()).hasSize(1);
        assertThat(stored.renders().get(LinkedText.Form.WITH_EXPLANATIONS).html())
                .isEqualTo(text.renders().get(LinkedText.Form.WITH_EXPLANATIONS).html()).contains("NATO-Russia Council");
    }

    @Test
    void theHtmlIsStoredAsBeforeAsItsUtf8Text() {
        Owned quoted = new Owned(Optional.empty(), Markdown.at("The \u201cNRC\u201d met \u2014 and parted.\n", new Position(FILE, 1, 1)));
        ParsedMarkdown parsed = MARKDOWN.parse(quoted.markdown(), quoted.owner());
        LinkedText text = LinkedText.parsed(parsed, () -> parsed, List.of(), List.of(), true);
        String html = text.html(MARKDOWN, LinkedText.Form.WITH_EXPLANATIONS, RESOLVER);
        // Written as typed: a string of such HTML takes two bytes a character.
        assertThat(html).contains("\u201c", "\u2014");
        byte[] value = TextEntry.encode(List.of(text), List.of(TextEntry.Key.of(quoted))).orElseThrow();
        // The last field of a one-text value is its HTML, as a string is written: length, then UTF-8.
        byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
        assertThat(ByteBuffer.wrap(value, value.length - utf8.length - Integer.BYTES, Integer.BYTES).getInt())
                .isEqualTo(utf8.length);
        assertThat(Arrays.copyOfRange(value, value.length - utf8.length, value.length)).isEqualTo(utf8);
    }

    @Test
    void aRenderHoldsItsHtmlAsUtf8() {
        RecordingResolver.Rendered rendered = RecordingResolver.Rendered.of(List.of(), new byte[32], "<p>\u201cNRC\u201d</p>");
        assertThat(rendered.utf8()).isEqualTo("<p>\u201cNRC\u201d</p>".getBytes(StandardCharsets.UTF_8));
        assertThat(rendered.html()).isEqualTo("<p>\u201cNRC\u201d</p>");
    }

    @Test
    void onlyTheTextsAskedForAreGiven() {
        byte[] value = TextEntry.encode(List.of(linked()), List.of(key)).orElseThrow();
        assertThat(TextEntry.decode(value, Map.of(new TextEntry.Key("other"), FILE))).isEmpty();
    }

    @Test
    void damagedValuesNeverThrow() {
        byte[] value = TextEntry.encode(List.of(linked()), List.of(key)).orElseThrow();
        for (int length = 0; length < value.length; length++) {
            assertThat(TextEntry.decode(Arrays.copyOf(value, length), Map.of(key, FILE))).isEmpty();
        }
        for (int i = 0; i < value.length; i++) {
            for (int bit : new int[] {0x01, 0x80}) {
                byte[] altered = value.clone();
                altered[i] ^= bit;
                Map<TextEntry.Key, TextStore.Stored> decoded = TextEntry.decode(altered, Map.of(key, FILE));
                assertThat(decoded.keySet()).isSubsetOf(key);
            }
        }
        assertThat(TextEntry.decode("%PDF-1.7 not an entry".getBytes(), Map.of(key, FILE))).isEmpty();
    }
}
