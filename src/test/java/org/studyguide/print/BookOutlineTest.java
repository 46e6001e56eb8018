package org.studyguide.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.studyguide.cache.CacheKey;
import org.studyguide.model.Paper;
import org.studyguide.print.BookOutline.ChapterTitle;
import org.studyguide.print.BookOutline.PartOutline;

/** The key of a book's outline changes with every field of it, so a cached set of PDFs cannot outlive a change. */
class BookOutlineTest {
    private static final BookOutline OUTLINE = new BookOutline("Title", Optional.of("Sub"), List.of("A", "B"),
            Optional.of("CC BY"), "en", Optional.of("https://example.org/"), Paper.A4, List.of(
                    new PartOutline("One", List.of(new ChapterTitle("a", "Alpha"), new ChapterTitle("b", "Beta"))),
                    new PartOutline("Two", List.of(new ChapterTitle("c", "Gamma")))));

    /** One change of each field, by the name of the record component it changes. */
    private static final Map<String, List<UnaryOperator<BookOutline>>> CHANGES = Map.of(
            "title", List.of(o -> new BookOutline("Title2", o.subtitle(), o.authors(), o.licence(), o.language(), o.baseUrl(),
                    o.paper(), o.parts())),
            "subtitle", List.of(o -> new BookOutline(o.title(), Optional.empty(), o.authors(), o.licence(), o.language(),
                    o.baseUrl(), o.paper(), o.parts())),
            "authors", List.of(
                    o -> new BookOutline(o.title(), o.subtitle(), List.of("A, B"), o.licence(), o.language(), o.baseUrl(),
                            o.paper(), o.parts()),
                    o -> new BookOutline(o.title(), o.subtitle(), List.of("AB"), o.licence(), o.language(), o.baseUrl(),
                            o.paper(), o.parts())),
            "licence", List.of(o -> new BookOutline(o.title(), o.subtitle(), o.authors(), Optional.of(""), o.language(),
                    o.baseUrl(), o.paper(), o.parts())),
            "language", List.of(o -> new BookOutline(o.title(), o.subtitle(), o.authors(), o.licence(), "de", o.baseUrl(),
                    o.paper(), o.parts())),
            "baseUrl", List.of(o -> new BookOutline(o.title(), o.subtitle(), o.authors(), o.licence(), o.language(),
                    Optional.empty(), o.paper(), o.parts())),
            "paper", List.of(o -> new BookOutline(o.title(), o.subtitle(), o.authors(), o.licence(), o.language(),
                    o.baseUrl(), Paper.LETTER, o.parts())),
            "parts", List.of(
                    o -> parts(o, List.of(new PartOutline("One", List.of(new ChapterTitle("a", "Alpha"))),
                            new PartOutline("Two", List.of(new ChapterTitle("b", "Beta"), new ChapterTitle("c", "Gamma"))))),
                    o -> parts(o, List.of(new PartOutline("One!", o.parts().get(0).chapters()), o.parts().get(1))),
                    o -> parts(o, List.of(new PartOutline("One", List.of(new ChapterTitle("a", "Alpha"),
                            new ChapterTitle("b", "Beta!"))), o.parts().get(1))),
                    o -> parts(o, List.of(new PartOutline("One", List.of(new ChapterTitle("a", "Alpha"),
                            new ChapterTitle("bb", "Beta"))), o.parts().get(1)))));

    @Test
    void everyFieldIsInTheKey() {
        assertThat(CHANGES.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(BookOutline.class.getRecordComponents()).map(c -> c.getName()).toList());
        String original = key(OUTLINE);
        CHANGES.forEach((field, changes) -> changes.forEach(change -> {
            BookOutline changed = change.apply(OUTLINE);
            assertThat(changed).as(field).isNotEqualTo(OUTLINE);
            assertThat(key(changed)).as(field).isNotEqualTo(original);
        }));
    }

    @Test
    void equalOutlinesHaveEqualKeys() {
        BookOutline same = parts(OUTLINE, List.copyOf(OUTLINE.parts()));

        assertThat(key(same)).isEqualTo(key(OUTLINE));
    }

    @Test
    void theChaptersAreThoseOfEveryPartInOrder() {
        assertThat(OUTLINE.chapters()).extracting(ChapterTitle::id).containsExactly("a", "b", "c");
    }

    private static String key(BookOutline outline) {
        return HexFormat.of().formatHex(outline.addTo(CacheKey.of("test")).digest());
    }

    private static BookOutline parts(BookOutline o, List<PartOutline> parts) {
        return new BookOutline(o.title(), o.subtitle(), o.authors(), o.licence(), o.language(), o.baseUrl(), o.paper(), parts);
    }
}
