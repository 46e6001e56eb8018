package org.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.studyguide.markdown.RefResolver;
import org.studyguide.model.Guide;
import org.studyguide.model.ItemId;
import org.studyguide.model.Markdown;
import org.studyguide.model.Position;
import org.studyguide.model.Quote;
import org.studyguide.model.Ref;

/** The lookup's labels, made once per item, are the items' own, however often and by whom they are asked. */
class GuideLookupTest {
    private static final Position AT = Position.ofFile(Path.of("quotes.yml"));

    private static Quote quote(String id, String text) {
        return new Quote(id, text, new Ref(Ref.Kind.SOURCE, "s", AT), "", Optional.empty(), Optional.empty(),
                Markdown.at("", AT), Optional.empty(), List.of(), AT, AT);
    }

    @Test
    void eachItemKeepsItsOwnLabel() {
        Quote first = quote("q1", "one two three four five six seven eight nine");
        Quote second = quote("q2", "other words");
        GuideLookup lookup = new GuideLookup(new Guide(null, List.of(), List.of(), List.of(first, second), List.of(),
                List.of(), List.of()));

        for (int i = 0; i < 2; i++) {
            assertThat(lookup.label(first.itemId())).contains(first.label());
            assertThat(lookup.label(second.itemId())).contains("“other words”");
            assertThat(lookup.target(Ref.Kind.QUOTE, "q2").map(RefResolver.Target::label)).contains(second.referenceLabel());
        }
        assertThat(lookup.label(new ItemId(Ref.Kind.QUOTE, "q3"))).isEmpty();
        assertThat(lookup.target(Ref.Kind.QUOTE, "q3")).isEmpty();
    }
}
