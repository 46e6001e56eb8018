package org.studyguide.link;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.stream.Stream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.studyguide.cache.CacheKey;
import org.studyguide.cache.EntryBytes;
import org.studyguide.diag.Diagnostic;
import org.studyguide.diag.Severity;
import org.studyguide.markdown.RecordingResolver;
import org.studyguide.markdown.RefUse;
import org.studyguide.model.Markdown;
import org.studyguide.model.Position;
import org.studyguide.model.Ref;

/**
 * The value of a {@link TextStore} entry: for each text of a group of files, known by its
 * {@link Key}, its references, its problems and its recorded renders. Places are kept as line and
 * column; the file is the text's own (every place found in a text lies in the text's file), which
 * its key names. Decoding checks every field and gives nothing for a value that is damaged or foreign.
 */
final class TextEntry {
    private static final int MAX_NUMBER = Integer.MAX_VALUE;
    private static final int DIGEST_BYTES = 32;
    /** The file given to the places of a text that the entry holds but the build does not want. */
    private static final Path UNWANTED = Path.of("unwanted");

    private TextEntry() {
    }

    /** A text's content address: a digest of its words, its place, its file and its owner. */
    record Key(String digest) {
        /** The key of {@code text}. */
        static Key of(Owned text) {
            Markdown markdown = text.markdown();
            Position start = markdown.start();
            return new Key(HexFormat.of().formatHex(CacheKey.of("text").add(start.file().toString())
                    .add(text.owner().map(owner -> owner.kind().prefix() + ":" + owner.id()).orElse(""))
                    .add(start.line() + ":" + start.column() + ":" + markdown.indent()).add(markdown.text())
                    .digest()));
        }
    }

    /**
     * The value for {@code texts}, known by {@code keys} (one each, in order); empty when a place
     * found in them lies in another file than the text's, which the value could not say.
     */
    static Optional<byte[]> encode(List<LinkedText> texts, List<Key> keys) {
        boolean elsewhere = texts.stream().anyMatch(text -> Stream.concat(
                text.uses().stream().map(use -> use.ref().position()), text.problems().stream().map(Diagnostic::position))
                .anyMatch(at -> !at.file().equals(text.source().start().file())));
        if (elsewhere) {
            return Optional.empty();
        }
        EntryBytes.Writer out = new EntryBytes.Writer().putInt(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            LinkedText text = texts.get(i);
            out.putString(keys.get(i).digest());
            out.putInt(text.uses().size());
            for (RefUse use : text.uses()) {
                out.putString(use.ref().kind().prefix()).putString(use.ref().id());
                place(out, use.ref().position()).putBoolean(use.mention()).putBoolean(use.embed());
            }
            out.putInt(text.problems().size());
            for (Diagnostic problem : text.problems()) {
                place(out.putBoolean(problem.severity() == Severity.ERROR), problem.position())
                        .putString(problem.message()).putBoolean(problem.hint().isPresent())
                        .putString(problem.hint().orElse(""));
            }
            Map<LinkedText.Form, RecordingResolver.Rendered> renders = text.renders();
            out.putInt(renders.size());
            renders.forEach((form, rendered) -> {
                out.putInt(form.ordinal()).putInt(rendered.questions().size());
                for (RecordingResolver.Question question : rendered.questions()) {
                    out.putBoolean(question.quote()).putString(question.kind().prefix()).putString(question.id());
                }
                out.putBytes(rendered.answers()).putBytes(rendered.utf8());
            });
        }
        return Optional.of(out.toByteArray());
    }

    /**
     * The texts among {@code wanted} (each key with its text's file) that {@code value} holds; none
     * when it does not decode.
     */
    static Map<Key, TextStore.Stored> decode(byte[] value, Map<Key, Path> wanted) {
        try {
            EntryBytes.Reader in = new EntryBytes.Reader(value);
            int count = in.getCount();
            Map<Key, TextStore.Stored> texts = new HashMap<>();
            for (int i = 0; i < count; i++) {
                Key key = new Key(in.getString());
                Path file = wanted.getOrDefault(key, UNWANTED);
                texts.put(key, new TextStore.Stored(uses(in, file), problems(in, file), renders(in)));
            }
            in.end();
            texts.keySet().retainAll(wanted.keySet());
            return texts;
        } catch (EntryBytes.Malformed e) {
            return Map.of();
        }
    }

    private static List<RefUse> uses(EntryBytes.Reader in, Path file) throws EntryBytes.Malformed {
        int count = in.getCount();
        List<RefUse> uses = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Ref.Kind kind = kind(in.getString());
            String id = in.getString();
            uses.add(new RefUse(new Ref(kind, id, place(in, file)), in.getBoolean(), in.getBoolean()));
        }
        return uses;
    }

    private static List<Diagnostic> problems(EntryBytes.Reader in, Path file) throws EntryBytes.Malformed {
        int count = in.getCount();
        List<Diagnostic> problems = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Severity severity = in.getBoolean() ? Severity.ERROR : Severity.WARNING;
            Position at = place(in, file);
            String message = in.getString();
            boolean hinted = in.getBoolean();
            String hint = in.getString();
            problems.add(new Diagnostic(severity, at, message, hinted ? Optional.of(hint) : Optional.empty()));
        }
        return problems;
    }

    private static Map<LinkedText.Form, RecordingResolver.Rendered> renders(EntryBytes.Reader in)
            throws EntryBytes.Malformed {
        int count = in.getCount();
        Map<LinkedText.Form, RecordingResolver.Rendered> renders = new EnumMap<>(LinkedText.Form.class);
        for (int i = 0; i < count; i++) {
            LinkedText.Form form = LinkedText.Form.values()[in.getInt(LinkedText.Form.values().length - 1)];
            int questionCount = in.getCount();
            List<RecordingResolver.Question> questions = new ArrayList<>(questionCount);
            for (int q = 0; q < questionCount; q++) {
                boolean quote = in.getBoolean();
                questions.add(new RecordingResolver.Question(quote, kind(in.getString()), in.getString()));
            }
            byte[] answers = in.getBytes();
            if (answers.length != DIGEST_BYTES || renders.containsKey(form)) {
                throw new EntryBytes.Malformed("not a render's answers");
            }
            renders.put(form, new RecordingResolver.Rendered(List.copyOf(questions), answers, in.getUtf8()));
        }
        return renders;
    }

    private static EntryBytes.Writer place(EntryBytes.Writer out, Position at) {
        return out.putInt(at.line()).putInt(at.column());
    }

    private static Position place(EntryBytes.Reader in, Path file) throws EntryBytes.Malformed {
        return new Position(file, in.getInt(MAX_NUMBER), in.getInt(MAX_NUMBER));
    }

    private static Ref.Kind kind(String prefix) throws EntryBytes.Malformed {
        Optional<Ref.Kind> kind = Ref.Kind.ofPrefix(prefix);
        if (kind.isEmpty()) {
            throw new EntryBytes.Malformed("no kind of reference is called " + prefix);
        }
        return kind.get();
    }
}
