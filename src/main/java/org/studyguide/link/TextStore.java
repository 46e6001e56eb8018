package org.studyguide.link;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.studyguide.cache.CacheKey;
import org.studyguide.cache.CodeFingerprint;
import org.studyguide.cache.ContentCache;
import org.studyguide.diag.Diagnostic;
import org.studyguide.markdown.GuideMarkdown;
import org.studyguide.markdown.RecordingResolver;
import org.studyguide.markdown.RefUse;
import org.studyguide.markdown.Spelling;
import org.studyguide.parallel.Workers;

/**
 * The guide's Markdown texts in the content cache: what the link stage found in each text
 * (references and problems, at their places) and the HTML the render stage made of it, with the
 * questions its renderer asked ({@link LinkedText#html}). Each text is known by a digest of its
 * words, place, file and owner; an entry holds the texts of a group of files under a key made of
 * the code that parses and renders, the spellings marked up in prose (every term's and person's),
 * and the names of the files in the group. About {@value #FILES_PER_ENTRY} files share an entry
 * (the files are spread over the entries by name), so a large guide is read in a few dozen files
 * rather than one per chapter, and an edited chapter re-parses only its own texts: the rest of its
 * group is found by their digests. A store for one build: {@link #find}, then {@link #linked}, then
 * {@link #keep} once the pages are rendered.
 */
final class TextStore {
    private static final String FORMAT = "markdown texts of a group of files, 1";
    private static final String FOLDER = "markdown";
    /** The real guide's texts take under 1 MB, a generated guide of 500 chapters about 4 MB. */
    private static final long LIMIT_BYTES = 256L * 1024 * 1024;
    /** Measured on a generated guide of 500 chapters: one entry per file took 0.5 s to read, 1.6 s to write. */
    private static final int FILES_PER_ENTRY = 16;

    private final ContentCache cache;
    private final boolean writable;
    private final List<Group> groups = new ArrayList<>();
    private List<LinkedText> texts = List.of();

    /**
     * The texts of a group of files, by their indexes in the guide's list of texts and their keys.
     *
     * @param found whether the entry was found and held every one of the texts
     */
    private record Group(byte[] key, List<Integer> indexes, List<TextEntry.Key> textKeys, boolean found) {
    }

    /** What the cache holds for one text. */
    record Stored(List<RefUse> uses, List<Diagnostic> problems,
            Map<LinkedText.Form, RecordingResolver.Rendered> renders) {
    }

    private TextStore(ContentCache cache, boolean writable) {
        this.cache = cache;
        this.writable = writable;
    }

    /** A store that finds nothing and keeps nothing. */
    static TextStore off() {
        return new TextStore(ContentCache.none(), false);
    }

    /**
     * A store in the folder {@value #FOLDER} of the cache folder {@code cacheDir}, apart from the
     * PDFs, so that neither kind of entry can push the other out when the folder is trimmed.
     */
    static TextStore in(Path cacheDir, boolean writable) {
        // The code's fingerprint takes a tenth of a second in a JVM just started: taken while the guide loads.
        Thread thread = new Thread(() -> Code.FINGERPRINT.isPresent(), "markdown-code-fingerprint");
        thread.setDaemon(true);
        thread.start();
        return new TextStore(ContentCache.in(cacheDir.resolve(FOLDER), writable, LIMIT_BYTES), writable);
    }

    /** False for {@link #off()}: the build then records nothing while rendering. */
    boolean isOn() {
        return !cache.isOff() && Code.FINGERPRINT.isPresent();
    }

    /** For each of {@code texts}, what the cache holds. */
    List<Optional<Stored>> find(List<Owned> texts, List<Spelling> spellings) {
        groups.clear();
        List<Optional<Stored>> stored = new ArrayList<>();
        texts.forEach(text -> stored.add(Optional.empty()));
        if (!isOn()) {
            return stored;
        }
        byte[] spelled = digest(spellings);
        List<List<Integer>> grouped = grouped(texts);
        List<Read> reads = Workers.map(grouped, indexes -> read(spelled, grouped.size(), indexes, texts));
        for (Read read : reads) {
            List<Integer> indexes = read.group().indexes();
            for (int i = 0; i < indexes.size(); i++) {
                stored.set(indexes.get(i), Optional.ofNullable(read.entry().get(read.group().textKeys().get(i))));
            }
            groups.add(read.group());
        }
        return stored;
    }

    /** A group and the texts its entry holds. */
    private record Read(Group group, Map<TextEntry.Key, Stored> entry) {
    }

    private Read read(byte[] spellings, int groupCount, List<Integer> indexes, List<Owned> texts) {
        List<TextEntry.Key> keys = indexes.stream().map(i -> TextEntry.Key.of(texts.get(i))).toList();
        Map<TextEntry.Key, Path> wanted = new HashMap<>();
        for (int i = 0; i < indexes.size(); i++) {
            wanted.put(keys.get(i), texts.get(indexes.get(i)).markdown().start().file());
        }
        byte[] key = key(spellings, groupCount, indexes, texts);
        Map<TextEntry.Key, Stored> entry = cache.get(key).map(value -> TextEntry.decode(value, wanted)).orElse(Map.of());
        return new Read(new Group(key, indexes, keys, keys.stream().allMatch(entry::containsKey)), entry);
    }

    /** The indexes of the texts, in groups of about {@value #FILES_PER_ENTRY} files spread by file name. */
    private static List<List<Integer>> grouped(List<Owned> texts) {
        Set<Path> files = new HashSet<>();
        texts.forEach(text -> files.add(text.markdown().start().file()));
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(0, (files.size() - 1) / FILES_PER_ENTRY));
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < 1 << bits; i++) {
            groups.add(new ArrayList<>());
        }
        for (int i = 0; i < texts.size(); i++) {
            // Fibonacci hashing: the top bits of the product spread names that differ in one digit.
            int mixed = texts.get(i).markdown().start().file().toString().hashCode() * 0x9E3779B9;
            groups.get(bits == 0 ? 0 : mixed >>> (32 - bits)).add(i);
        }
        groups.removeIf(List::isEmpty);
        return groups;
    }

    /** The texts as linked, in the order given to {@link #find}, to keep after rendering. */
    void linked(List<LinkedText> linked) {
        texts = isOn() ? List.copyOf(linked) : List.of();
    }

    /** For {@code --timings}: "318 of 320 texts from the cache"; empty without a cache. */
    String found() {
        if (!isOn()) {
            return "";
        }
        long found = texts.stream().filter(LinkedText::fromCache).count();
        return found + " of " + texts.size() + " texts from the cache";
    }

    /**
     * Stores the entry of every group with a text parsed or rendered anew in this build (or one
     * the entry no longer needs), and says for {@code --timings} how many texts were rendered anew
     * and how many entries stored ("2 texts rendered anew, 1 entry stored in the cache").
     */
    String keep() {
        if (!isOn()) {
            return "";
        }
        int before = cache.stores();
        long rendered = texts.stream().filter(LinkedText::renderedAnew).count();
        List<Group> changed = writable ? groups.stream().filter(this::changed).toList() : List.of();
        Workers.map(changed, group -> {
            TextEntry.encode(group.indexes().stream().map(texts::get).toList(), group.textKeys())
                    .ifPresent(value -> cache.put(group.key(), value));
            return group;
        });
        int stored = cache.stores() - before;
        if (stored > 0) {
            cache.trim();
        }
        groups.clear();
        texts = List.of();
        return rendered + (rendered == 1 ? " text" : " texts") + " rendered anew, " + stored
                + (stored == 1 ? " entry" : " entries") + " stored in the cache";
    }

    /** True when a text of the group was parsed or rendered anew, or the entry did not hold it. */
    private boolean changed(Group group) {
        return !group.found()
                || group.indexes().stream().map(texts::get).anyMatch(t -> !t.fromCache() || t.renderedAnew());
    }

    private static byte[] digest(List<Spelling> spellings) {
        CacheKey key = CacheKey.of("spellings");
        for (Spelling spelling : spellings) {
            key.add(spelling.kind().prefix()).add(spelling.id()).add(spelling.text()).add(spelling.expansion());
        }
        return key.digest();
    }

    /** The key of a group: the code, the spellings, and which files of how many groups it holds. */
    private static byte[] key(byte[] spellings, int groupCount, List<Integer> indexes, List<Owned> texts) {
        CacheKey key = CacheKey.of(FORMAT).add(Code.FINGERPRINT.orElseThrow()).add(spellings)
                .add(Integer.toString(groupCount));
        indexes.stream().map(i -> texts.get(i).markdown().start().file().toString()).distinct().forEach(key::add);
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
