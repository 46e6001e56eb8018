package org.studyguide.print;

import java.util.List;
import java.util.Optional;
import org.studyguide.cache.CacheKey;
import org.studyguide.model.Guide;
import org.studyguide.model.GuideInfo;
import org.studyguide.model.Paper;

/**
 * All that the PDFs take from the guide itself; everything else comes from the rendered pages.
 * {@link PdfBook} and the layout see only this, so the cache key of a set of PDFs, which lists
 * every field of it ({@link #addTo}), covers all they read, without turning the whole guide into
 * text (a record's first {@code toString} costs a build tens of milliseconds in bootstrapping).
 *
 * @param parts    the parts in order, with their chapters
 * @param language the guide's language (the documents' {@code lang} and the hyphenation)
 * @param paper    the page size
 */
record BookOutline(String title, Optional<String> subtitle, List<String> authors, Optional<String> licence,
        String language, Optional<String> baseUrl, Paper paper, List<PartOutline> parts) {

    /** A part's title and its chapters. */
    record PartOutline(String title, List<ChapterTitle> chapters) {
    }

    /** A chapter's id and title. */
    record ChapterTitle(String id, String title) {
    }

    /** The outline of {@code guide}. */
    static BookOutline of(Guide guide) {
        GuideInfo info = guide.info();
        return new BookOutline(info.title(), info.subtitle(), info.authors(), info.licence(), info.language(),
                info.baseUrl(), info.paper(), guide.parts().stream().map(part -> new PartOutline(part.title(),
                        part.chapters().stream().map(c -> new ChapterTitle(c.id(), c.title())).toList())).toList());
    }

    /** Every chapter, in reading order. */
    List<ChapterTitle> chapters() {
        return parts.stream().flatMap(part -> part.chapters().stream()).toList();
    }

    /** Adds every field to {@code key}, each list with its length first, so that no two outlines give the same fields. */
    CacheKey addTo(CacheKey key) {
        key.add(title).add(optional(subtitle)).add(list(authors)).add(optional(licence)).add(language)
                .add(optional(baseUrl)).add(paper.key()).add(Integer.toString(parts.size()));
        for (PartOutline part : parts) {
            key.add(part.title()).add(Integer.toString(part.chapters().size()));
            part.chapters().forEach(chapter -> key.add(chapter.id()).add(chapter.title()));
        }
        return key;
    }

    /** An optional field as a list of none or one. */
    private static String optional(Optional<String> value) {
        return list(value.stream().toList());
    }

    /** A list of strings as one field that tells the lists apart (each string's length comes first). */
    private static String list(List<String> values) {
        StringBuilder field = new StringBuilder().append(values.size()).append(':');
        values.forEach(value -> field.append(value.length()).append(':').append(value));
        return field.toString();
    }
}
