package org.studyguide.check;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.studyguide.cache.EntryBytes;
import org.studyguide.model.Position;
import org.studyguide.render.Urls;

/**
 * What the checks need of a page, as bytes for the page cache: its anchors and its references (each
 * URL, its use and its place, an element of the page by number or a place in the author's file).
 * Only a page on which no page check found anything is stored, so a restored page has no findings,
 * and a page with problems is always read afresh. Decoding trusts nothing: bytes that are truncated,
 * damaged or of another format give nothing, and the page is then passed and read again.
 */
final class StoredSummary {
    private static final int FORMAT = 2;
    private static final int KNOWN = 0;
    private static final int ELEMENT = 1;
    private static final int ADVANCED = 2;
    private static final int DATA = 3;
    /** A CSS reference in a srcset is advanced twice at most; a deeper nesting is damage. */
    private static final int MAX_ADVANCES = 4;
    private static final Reference.Use[] USES = Reference.Use.values();
    private static final Url.Kind[] KINDS = Url.Kind.values();

    private StoredSummary() {
    }

    /**
     * The bytes of a page's summary, or empty when it may not be stored: a page check found a
     * problem, or a reference's place is of a kind this does not know.
     */
    static Optional<byte[]> encode(CheckedSite.Parsed parsed) {
        Page page = parsed.page();
        if (!page.clean() || page.text().isEmpty()) {
            return Optional.empty();
        }
        EntryBytes.Writer out = new EntryBytes.Writer().putInt(FORMAT).putInt(page.anchors().size());
        page.anchors().forEach(out::putString);
        out.putInt(parsed.references().size());
        // Only the 404 page's URLs may differ from what their text reads (see CheckedSite#fromSiteRoot).
        boolean mayDiffer = page.path().equals(Urls.NOT_FOUND);
        for (Reference reference : parsed.references()) {
            if (!writeReference(out, reference, page.text().get(), mayDiffer)) {
                return Optional.empty();
            }
        }
        return Optional.of(out.toByteArray());
    }

    /**
     * The page at {@code path} as read from {@code stored}, or empty when the bytes are not a sound
     * summary.
     *
     * @param reread the page's text, read only when a problem's place in it is asked for
     * @param urls   gives the same URL for the same text, as for pages read from the render stage
     */
    static Optional<CheckedSite.Parsed> decode(byte[] stored, String path, Path file, Supplier<byte[]> reread,
            Function<String, Url> urls, List<PageCheck> checks) {
        try {
            EntryBytes.Reader in = new EntryBytes.Reader(stored);
            if (in.getInt(Integer.MAX_VALUE) != FORMAT) {
                return Optional.empty();
            }
            int anchorCount = in.getCount();
            Set<String> anchors = new HashSet<>();
            for (int i = 0; i < anchorCount; i++) {
                anchors.add(in.getString());
            }
            Page page = Page.restored(path, file, anchors, reread, checks);
            PageText text = page.text().orElseThrow();
            int referenceCount = in.getCount();
            List<Reference> references = new ArrayList<>(referenceCount);
            for (int i = 0; i < referenceCount; i++) {
                references.add(readReference(in, path, text, urls));
            }
            in.end();
            return Optional.of(new CheckedSite.Parsed(page, page.compact(references)));
        } catch (EntryBytes.Malformed e) {
            return Optional.empty();
        }
    }

    private static boolean writeReference(EntryBytes.Writer out, Reference reference, PageText text, boolean mayDiffer) {
        Url url = reference.url();
        out.putString(url.text());
        boolean asWritten = !mayDiffer || url.equals(Url.parse(url.text()));
        out.putBoolean(asWritten);
        if (!asWritten) {
            out.putInt(url.kind().ordinal()).putString(url.path()).putBoolean(url.fragment().isPresent())
                    .putString(url.fragment().orElse(""));
        }
        out.putInt(reference.use().ordinal()).putBoolean(reference.authored());
        return writePlace(out, reference.place(), text);
    }

    private static Reference readReference(EntryBytes.Reader in, String path, PageText text, Function<String, Url> urls)
            throws EntryBytes.Malformed {
        String written = in.getString();
        Url url;
        if (in.getBoolean()) {
            url = urls.apply(written);
        } else {
            Url.Kind kind = KINDS[in.getInt(KINDS.length - 1)];
            String urlPath = in.getString();
            boolean hasFragment = in.getBoolean();
            String fragment = in.getString();
            url = new Url(written, kind, urlPath, hasFragment ? Optional.of(fragment) : Optional.empty());
        }
        Reference.Use use = USES[in.getInt(USES.length - 1)];
        boolean authored = in.getBoolean();
        return new Reference(url, path, use, readPlace(in, text, 0), authored);
    }

    /** Writes a place of a kind known here, in this page's text; false for any other. */
    private static boolean writePlace(EntryBytes.Writer out, Place place, PageText text) {
        if (place instanceof Place.Known known) {
            out.putInt(KNOWN).putString(known.position().file().toString()).putInt(known.position().line())
                    .putInt(known.position().column());
            return true;
        }
        if (place instanceof ElementPlace element && element.text() == text) {
            out.putInt(ELEMENT).putInt(element.index()).putString(element.tag()).putString(element.attribute());
            return true;
        }
        if (place instanceof Place.Advanced advanced) {
            out.putInt(ADVANCED).putString(advanced.text()).putInt(advanced.offset());
            return writePlace(out, advanced.start(), text);
        }
        if (place instanceof DataPlace data && data.text() == text) {
            out.putInt(DATA).putInt(data.index()).putString(data.tag()).putInt(data.child());
            return true;
        }
        return false;
    }

    private static Path path(String written) throws EntryBytes.Malformed {
        try {
            return Path.of(written);
        } catch (InvalidPathException e) {
            throw new EntryBytes.Malformed("not a path: " + e.getReason());
        }
    }

    /** Reads a place; {@code depth} counts the advances around it, which are never nested deeply. */
    private static Place readPlace(EntryBytes.Reader in, PageText text, int depth) throws EntryBytes.Malformed {
        int kind = in.getInt(DATA);
        switch (kind) {
            case KNOWN -> {
                Path file = path(in.getString());
                return Place.at(new Position(file, in.getInt(Integer.MAX_VALUE), in.getInt(Integer.MAX_VALUE)));
            }
            case ELEMENT -> {
                // A tag or attribute name once per run, as in the render stage's trees: a large site's
                // pages hold millions of references, and a copy in each would not fit in memory.
                return new ElementPlace(text, in.getInt(Integer.MAX_VALUE), in.getString().intern(), in.getString().intern());
            }
            case ADVANCED -> {
                String written = in.getString();
                int offset = in.getInt(written.length());
                if (depth >= MAX_ADVANCES) {
                    throw new EntryBytes.Malformed("too many advances");
                }
                return new Place.Advanced(readPlace(in, text, depth + 1), written, offset);
            }
            default -> {
                return new DataPlace(text, in.getInt(Integer.MAX_VALUE), in.getString().intern(), in.getInt(Integer.MAX_VALUE));
            }
        }
    }
}
