package org.studyguide.check;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
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
    private static final int FORMAT = 1;
    private static final byte KNOWN = 0;
    private static final byte ELEMENT = 1;
    private static final byte ADVANCED = 2;
    private static final byte DATA = 3;
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
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(FORMAT);
            out.writeInt(page.anchors().size());
            for (String anchor : page.anchors()) {
                writeString(out, anchor);
            }
            out.writeInt(parsed.references().size());
            // Only the 404 page's URLs may differ from what their text reads (see CheckedSite#fromSiteRoot).
            boolean mayDiffer = page.path().equals(Urls.NOT_FOUND);
            for (Reference reference : parsed.references()) {
                if (!writeReference(out, reference, page.text().get(), mayDiffer)) {
                    return Optional.empty();
                }
            }
            return Optional.of(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
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
            ByteBuffer in = ByteBuffer.wrap(stored);
            if (in.getInt() != FORMAT) {
                return Optional.empty();
            }
            int anchorCount = items(in);
            Set<String> anchors = new HashSet<>();
            for (int i = 0; i < anchorCount; i++) {
                anchors.add(readString(in));
            }
            Page page = Page.restored(path, file, anchors, reread, checks);
            PageText text = page.text().orElseThrow();
            int referenceCount = items(in);
            List<Reference> references = new ArrayList<>(referenceCount);
            for (int i = 0; i < referenceCount; i++) {
                references.add(readReference(in, path, text, urls));
            }
            if (in.hasRemaining()) {
                return Optional.empty();
            }
            return Optional.of(new CheckedSite.Parsed(page, page.compact(references)));
        } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static boolean writeReference(DataOutputStream out, Reference reference, PageText text,
            boolean mayDiffer) throws IOException {
        Url url = reference.url();
        writeString(out, url.text());
        boolean asWritten = !mayDiffer || url.equals(Url.parse(url.text()));
        out.writeBoolean(asWritten);
        if (!asWritten) {
            out.writeByte(url.kind().ordinal());
            writeString(out, url.path());
            out.writeBoolean(url.fragment().isPresent());
            writeString(out, url.fragment().orElse(""));
        }
        out.writeByte(reference.use().ordinal());
        out.writeBoolean(reference.authored());
        return writePlace(out, reference.place(), text);
    }

    private static Reference readReference(ByteBuffer in, String path, PageText text, Function<String, Url> urls) {
        String written = readString(in);
        Url url;
        if (readBoolean(in)) {
            url = urls.apply(written);
        } else {
            Url.Kind kind = KINDS[in.get()];
            String urlPath = readString(in);
            boolean hasFragment = readBoolean(in);
            String fragment = readString(in);
            url = new Url(written, kind, urlPath, hasFragment ? Optional.of(fragment) : Optional.empty());
        }
        Reference.Use use = USES[in.get()];
        boolean authored = readBoolean(in);
        return new Reference(url, path, use, readPlace(in, text, 0), authored);
    }

    /** Writes a place of a kind known here, in this page's text; false for any other. */
    private static boolean writePlace(DataOutputStream out, Place place, PageText text) throws IOException {
        if (place instanceof Place.Known known) {
            out.writeByte(KNOWN);
            writeString(out, known.position().file().toString());
            out.writeInt(known.position().line());
            out.writeInt(known.position().column());
            return true;
        }
        if (place instanceof ElementPlace element && element.text() == text) {
            out.writeByte(ELEMENT);
            out.writeInt(element.index());
            writeString(out, element.tag());
            writeString(out, element.attribute());
            return true;
        }
        if (place instanceof Place.Advanced advanced) {
            out.writeByte(ADVANCED);
            writeString(out, advanced.text());
            out.writeInt(advanced.offset());
            return writePlace(out, advanced.start(), text);
        }
        if (place instanceof DataPlace data && data.text() == text) {
            out.writeByte(DATA);
            out.writeInt(data.index());
            writeString(out, data.tag());
            out.writeInt(data.child());
            return true;
        }
        return false;
    }

    /** Reads a place; {@code depth} counts the advances around it, which are never nested deeply. */
    private static Place readPlace(ByteBuffer in, PageText text, int depth) {
        byte kind = in.get();
        switch (kind) {
            case KNOWN -> {
                Path file = Path.of(readString(in));
                return Place.at(new Position(file, in.getInt(), in.getInt()));
            }
            case ELEMENT -> {
                // A tag or attribute name once per run, as in the render stage's trees: a large site's
                // pages hold millions of references, and a copy in each would not fit in memory.
                return new ElementPlace(text, count(in), readString(in).intern(), readString(in).intern());
            }
            case ADVANCED -> {
                String written = readString(in);
                int offset = count(in);
                if (offset > written.length() || depth >= MAX_ADVANCES) {
                    throw new IllegalArgumentException("an offset past the end of its text, or too many advances");
                }
                return new Place.Advanced(readPlace(in, text, depth + 1), written, offset);
            }
            case DATA -> {
                return new DataPlace(text, count(in), readString(in).intern(), count(in));
            }
            default -> throw new IllegalArgumentException("no such kind of place: " + kind);
        }
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(ByteBuffer in) {
        int length = count(in);
        if (length > in.remaining()) {
            throw new IllegalArgumentException("a text longer than what is left");
        }
        String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }

    private static boolean readBoolean(ByteBuffer in) {
        byte value = in.get();
        if (value != 0 && value != 1) {
            throw new IllegalArgumentException("not a boolean: " + value);
        }
        return value == 1;
    }

    /** A number of items that follow, each at least a byte long. */
    private static int items(ByteBuffer in) {
        int value = count(in);
        if (value > in.remaining()) {
            throw new IllegalArgumentException("more items than bytes left");
        }
        return value;
    }

    /** A count, length, index or offset: never negative. */
    private static int count(ByteBuffer in) {
        int value = in.getInt();
        if (value < 0) {
            throw new IllegalArgumentException("a negative count");
        }
        return value;
    }
}
