package org.studyguide.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import org.studyguide.cache.EntryBytes;

/**
 * What a chapter's page view takes from its parsed body, as the {@link ChapterBodyCache} keeps it:
 * the body's HTML with the margin notes, its sections, the chapter's search entries, and the
 * quotations' context lines the margin notes were made with (which the entry's key does not hold,
 * so they are compared when it is found). Stored compressed like a {@link PageEntry}; decoding
 * trusts nothing: anything but a sound entry gives nothing.
 *
 * @param bodyHtml      the body's HTML with its margin notes, as the page view holds it
 * @param sections      the body's {@code ##} sections
 * @param searchEntries the chapter's entries in the site search
 * @param contexts      each quotation's context line asked for, in the order asked
 */
record ChapterBodyEntry(String bodyHtml, List<Views.Link> sections, List<SearchDocument> searchEntries,
        List<Context> contexts) {
    private static final int FORMAT = 1;
    private static final SearchDocument.Kind[] KINDS = SearchDocument.Kind.values();

    /** A quotation's context line (HTML) as a margin note asked for it; empty for an unknown quotation. */
    record Context(String quote, Optional<String> html) {
    }

    /** The entry as stored: its size before compression, then the compressed fields. */
    byte[] encode() {
        EntryBytes.Writer out = new EntryBytes.Writer().putInt(FORMAT).putString(bodyHtml).putInt(sections.size());
        sections.forEach(link -> out.putString(link.url()).putString(link.label()));
        out.putInt(searchEntries.size());
        searchEntries.forEach(entry -> out.putInt(entry.kind().ordinal()).putString(entry.url())
                .putString(entry.title()).putString(entry.where()).putString(entry.text()));
        out.putInt(contexts.size());
        contexts.forEach(context -> out.putString(context.quote()).putBoolean(context.html().isPresent())
                .putString(context.html().orElse("")));
        return Zlib.deflateSized(out.toByteArray(), Deflater.BEST_SPEED);
    }

    /** The entry {@code stored} holds, or empty when it is not a sound entry of this format. */
    static Optional<ChapterBodyEntry> decode(byte[] stored) {
        try {
            EntryBytes.Reader in = new EntryBytes.Reader(Zlib.inflateSized(stored));
            if (in.getInt(Integer.MAX_VALUE) != FORMAT) {
                return Optional.empty();
            }
            String bodyHtml = in.getString();
            List<Views.Link> sections = new ArrayList<>();
            for (int i = in.getCount(); i > 0; i--) {
                sections.add(new Views.Link(in.getString(), in.getString()));
            }
            List<SearchDocument> entries = new ArrayList<>();
            for (int i = in.getCount(); i > 0; i--) {
                entries.add(new SearchDocument(KINDS[in.getInt(KINDS.length - 1)], in.getString(), in.getString(),
                        in.getString(), in.getString()));
            }
            List<Context> contexts = new ArrayList<>();
            for (int i = in.getCount(); i > 0; i--) {
                String quote = in.getString();
                boolean known = in.getBoolean();
                String html = in.getString();
                contexts.add(new Context(quote, known ? Optional.of(html) : Optional.empty()));
            }
            in.end();
            return Optional.of(new ChapterBodyEntry(bodyHtml, List.copyOf(sections), List.copyOf(entries),
                    List.copyOf(contexts)));
        } catch (DataFormatException | EntryBytes.Malformed e) {
            return Optional.empty();
        }
    }
}
