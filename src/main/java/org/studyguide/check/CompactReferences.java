package org.studyguide.check;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A page's references, held compactly until the reference checks run: a large site's pages hold
 * millions of them (each page links to the navigation, the glossary and more), and a reference to
 * an element of a page from the render stage needs only its URL, use and element number. Such
 * references are made again, equal in every part, when the list is read; any other is kept whole.
 */
final class CompactReferences extends AbstractList<Reference> {
    private final String from;
    private final Url[] urls;
    private final boolean[] links;
    private final PageText text;
    private final int[] indexes;
    private final String[] tags;
    private final String[] attributes;
    /** The references kept whole, at their positions in the list; null where compacted. */
    private final Reference[] whole;

    private CompactReferences(List<Reference> references, PageText text) {
        int size = references.size();
        this.from = references.isEmpty() ? "" : references.get(0).from();
        this.text = text;
        this.urls = new Url[size];
        this.links = new boolean[size];
        this.indexes = new int[size];
        this.tags = new String[size];
        this.attributes = new String[size];
        this.whole = new Reference[size];
        for (int i = 0; i < size; i++) {
            Reference reference = references.get(i);
            if (reference.place() instanceof ElementPlace place && place.text() == text && !reference.authored()
                    && reference.from().equals(from)) {
                urls[i] = reference.url();
                links[i] = reference.use() == Reference.Use.LINK;
                indexes[i] = place.index();
                tags[i] = place.tag();
                attributes[i] = place.attribute();
            } else {
                whole[i] = reference;
            }
        }
    }

    /** The references found in a page, compacted where they name an element of its {@code text}. */
    static List<Reference> of(List<Reference> references, PageText text) {
        return new CompactReferences(references, text);
    }

    @Override
    public Reference get(int i) {
        if (whole[i] != null) {
            return whole[i];
        }
        return new Reference(urls[i], from, links[i] ? Reference.Use.LINK : Reference.Use.RESOURCE,
                new ElementPlace(text, indexes[i], tags[i], attributes[i]), false);
    }

    /** Hands {@code action} each reference whose URL {@code concerns} accepts, in order, making only those. */
    void forEach(Predicate<Url> concerns, Consumer<Reference> action) {
        for (int i = 0; i < urls.length; i++) {
            if (whole[i] != null ? concerns.test(whole[i].url()) : concerns.test(urls[i])) {
                action.accept(get(i));
            }
        }
    }

    @Override
    public int size() {
        return urls.length;
    }
}
