package org.studyguide.link;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.studyguide.cache.CacheKey;
import org.studyguide.cache.CodeFingerprint;
import org.studyguide.cache.ContentCache;
import org.studyguide.diag.Diagnostic;
import org.studyguide.markdown.GuideMarkdown;
import org.studyguide.markdown.RecordingResolver;
import org.studyguide.markdown.RefUse;
import org.studyguide.markdown.Spelling;
import org.studyguide.model.Markdown;
import org.studyguide.parallel.Workers;

/**
 * The guide's Markdown texts in the content cache, one entry per file (a chapter, the glossary):
 * what the link stage found in each text (references and problems, at their places) and the HTML
 * the render stage made of it, with the questions its renderer asked ({@link LinkedText#html}).
 * An entry's key is a digest of the code that parses and renders, the spellings marked up in prose
 * (every term's and person's), the file's name and every text of the file with its place and owner,
 * so an entry found holds exactly what parsing those texts again would give. One entry per file
 * rather than per text keeps a large guide's entries to one read per chapter file; an edit re-parses
 * the texts of the edited file only. A store for one build: {@link #find}, then {@link #linked},
 * then {@link #keep} once the pages are rendered.
 */
final class TextStore {
    private static final String FORMAT = "markdown texts of one file, 1";
    private static final String FOLDER = "markdown";
    /** The real guide's texts take under 1 MB, a generated guide of 500 chapters about 10 MB. */
    private static final long LIMIT_BYTES = 64L * 1024 * 1024;

    private final ContentCache cache;
    private final List<Group> groups = new ArrayList<>();
    private List<LinkedText> texts = List.of();

    /** The texts of one file, by their indexes in the guide's list of texts, under one key. */
    private record Group(Path file, List<Integer> indexes, byte[] key, boolean found) {
    }

    /** What the cache holds for one text. */
    record Stored(List<RefUse> uses, List<Diagnostic> problems,
            Map<LinkedText.Form, RecordingResolver.Rendered> renders) {
    }

    private TextStore(ContentCache cache) {
        this.cache = cache;
    }

    /** A store that finds nothing and keeps nothing. */
    static TextStore off() {
        return new TextStore(ContentCache.none());
    }

    /**
     * A store in the folder {@value #FOLDER} of the cache folder {@code cacheDir}, apart from the
     * PDFs, so that neither kind of entry can push the other out when the folder is trimmed.
     */
    static TextStore in(Path cacheDir, boolean writable) {
        return new TextStore(ContentCache.in(cacheDir.resolve(FOLDER), writable, LIMIT_BYTES));
    }

    /** False for {@link #off()}: the build then records nothing while rendering. */
    boolean isOn() {
        return !cache.isOff() && Code.FINGERPRINT.isPresent();
    }

    /** For each of {@code texts}, what the cache holds, read one entry per file. */
    List<Optional<Stored>> find(List<Owned> texts, List<Spelling> spellings) {
        groups.clear();
        List<Optional<Stored>> stored = new ArrayList<>();
        texts.forEach(text -> stored.add(Optional.empty()));
        if (!isOn()) {
            return stored;
        }
        byte[] spelled = digest(spellings);
        Map<Path, List<Integer>> byFile = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            byFile.computeIfAbsent(texts.get(i).markdown().start().file(), file -> new ArrayList<>()).add(i);
        }
        List<Map.Entry<Path, List<Integer>>> files = new ArrayList<>(byFile.entrySet());
        groups.addAll(Workers.map(files, file -> {
            byte[] key = key(spelled, file.getKey(), file.getValue(), texts);
            Optional<List<Stored>> entry = cache.get(key).flatMap(value -> TextEntry.decode(value, file.getKey(),
                    file.getValue().size()));
            entry.ifPresent(found -> {
                for (int i = 0; i < found.size(); i++) {
                    stored.set(file.getValue().get(i), Optional.of(found.get(i)));
                }
            });
            return new Group(file.getKey(), file.getValue(), key, entry.isPresent());
        }));
        return stored;
    }

    /** The texts as linked, in the order given to {@link #find}, to keep after rendering. */
    void linked(List<LinkedText> linked) {
        texts = isOn() ? List.copyOf(linked) : List.of();
    }

    /** For {@code --timings}: "texts of 19 of 20 files from the cache"; empty without a cache. */
    String found() {
        return isOn() ? "texts of " + groups.stream().filter(Group::found).count() + " of " + groups.size()
                + " files from the cache" : "";
    }

    /**
     * Stores the entry of every file with a text parsed or rendered anew in this build, and says
     * for {@code --timings} how many were stored ("texts of 1 file stored in the cache").
     */
    String keep() {
        if (!isOn()) {
            return "";
        }
        int before = cache.stores();
        for (Group group : groups) {
            List<LinkedText> ofFile = group.indexes().stream().map(texts::get).toList();
            boolean changed = !group.found() || ofFile.stream().anyMatch(t -> !t.fromCache() || t.renderedAnew());
            if (changed) {
                TextEntry.encode(ofFile, group.file()).ifPresent(value -> cache.put(group.key(), value));
            }
        }
        int stored = cache.stores() - before;
        if (stored > 0) {
            cache.trim();
        }
        groups.clear();
        texts = List.of();
        return "texts of " + stored + (stored == 1 ? " file" : " files") + " stored in the cache";
    }

    private static byte[] digest(List<Spelling> spellings) {
        CacheKey key = CacheKey.of("spellings");
        for (Spelling spelling : spellings) {
            key.add(spelling.kind().prefix()).add(spelling.id()).add(spelling.text()).add(spelling.expansion());
        }
        return key.digest();
    }

    private static byte[] key(byte[] spellings, Path file, List<Integer> indexes, List<Owned> texts) {
        CacheKey key = CacheKey.of(FORMAT).add(Code.FINGERPRINT.orElseThrow()).add(spellings).add(file.toString());
        for (int index : indexes) {
            Owned text = texts.get(index);
            Markdown markdown = text.markdown();
            key.add(text.owner().map(owner -> owner.kind().prefix() + ":" + owner.id()).orElse(""))
                    .add(markdown.text()).add(markdown.start().line() + ":" + markdown.start().column() + ":"
                            + markdown.indent());
        }
        return key.digest();
    }

    /** Taken once per run: the code that parses and renders Markdown, with the libraries it uses. */
    private static final class Code {
        static final Optional<byte[]> FINGERPRINT = CodeFingerprint.of(List.of(GuideMarkdown.class, TextStore.class),
                List.of("com/vladsch/flexmark/parser/Parser.class", "com/vladsch/flexmark/ext/footnotes/Footnote.class",
                        "com/vladsch/flexmark/ext/tables/TableBlock.class",
                        "com/vladsch/flexmark/ext/typographic/TypographicExtension.class",
                        "com/vladsch/flexmark/ext/wikilink/WikiImage.class",
                        "com/vladsch/flexmark/util/ast/Node.class", "com/vladsch/flexmark/util/builder/BuilderBase.class",
                        "com/vladsch/flexmark/util/collection/BoundedMaxAggregator.class",
                        "com/vladsch/flexmark/util/data/DataHolder.class",
                        "com/vladsch/flexmark/util/dependency/DependencyHandler.class",
                        "com/vladsch/flexmark/util/format/CharWidthProvider.class",
                        "com/vladsch/flexmark/util/html/Attribute.class", "com/vladsch/flexmark/util/misc/ArrayUtils.class",
                        "com/vladsch/flexmark/util/options/BooleanOptionParser.class",
                        "com/vladsch/flexmark/util/sequence/BasedSequence.class",
                        "com/vladsch/flexmark/util/visitor/AstAction.class", "org/ahocorasick/trie/PayloadTrie.class"));

        private Code() {
        }
    }
}
