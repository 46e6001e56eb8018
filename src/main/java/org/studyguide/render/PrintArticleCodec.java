package org.studyguide.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.studyguide.cache.EntryBytes;

/**
 * A {@link PrintArticle} as the page cache keeps it inside a {@link PageEntry}, and as its print
 * page's key takes it: its fields in order through {@link EntryBytes}, so that the encoding decides
 * the article and the article the encoding. Decoding trusts nothing: anything but a sound article
 * gives nothing.
 */
final class PrintArticleCodec {
    private static final int FORMAT = 2;

    private PrintArticleCodec() {
    }

    static byte[] encode(PrintArticle article) {
        EntryBytes.Writer out = new EntryBytes.Writer().putInt(FORMAT).putString(article.chapter())
                .putString(article.source()).putInt(article.ids().size());
        article.ids().forEach((old, renamed) -> out.putString(old).putString(renamed));
        out.putInt(article.text().pieces().size());
        article.text().pieces().forEach(out::putString);
        article.links().forEach(link -> out.putInt(link.element()).putString(link.attribute()).putString(link.target()));
        out.putInt(article.marks().size());
        article.marks().forEach((number, mark) -> out.putInt(number).putString(mark));
        return out.toByteArray();
    }

    static Optional<PrintArticle> decode(byte[] encoded) {
        try {
            EntryBytes.Reader in = new EntryBytes.Reader(encoded);
            if (in.getInt(Integer.MAX_VALUE) != FORMAT) {
                return Optional.empty();
            }
            String chapter = in.getString();
            String source = in.getString();
            Map<String, String> ids = new LinkedHashMap<>();
            for (int i = in.getCount(); i > 0; i--) {
                ids.put(in.getString(), in.getString());
            }
            List<String> pieces = new ArrayList<>();
            for (int i = in.getCount(); i > 0; i--) {
                pieces.add(in.getString());
            }
            List<PrintArticle.Link> links = new ArrayList<>();
            for (int i = pieces.size() - 1; i > 0; i--) {
                links.add(new PrintArticle.Link(in.getInt(Integer.MAX_VALUE), in.getString(), in.getString()));
            }
            Map<Integer, String> marks = new TreeMap<>();
            for (int i = in.getCount(); i > 0; i--) {
                marks.put(in.getInt(Integer.MAX_VALUE), in.getString());
            }
            in.end();
            if (pieces.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(PrintArticle.decoded(chapter, source, ids, new ArticleText(pieces), links, marks));
        } catch (EntryBytes.Malformed e) {
            return Optional.empty();
        }
    }
}
