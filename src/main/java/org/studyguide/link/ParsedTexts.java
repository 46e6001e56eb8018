package org.studyguide.link;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.studyguide.diag.Diagnostic;
import org.studyguide.diag.Diagnostics;
import org.studyguide.markdown.GuideMarkdown;
import org.studyguide.markdown.ParsedMarkdown;
import org.studyguide.markdown.RefUse;
import org.studyguide.markdown.Spelling;
import org.studyguide.model.ItemId;
import org.studyguide.model.Markdown;

/**
 * Markdown texts parsed by earlier links of the same guide, kept by whoever links it again and
 * again (the preview server, after every edit): a text with the same words at the same place is
 * not parsed again as long as the glossary's spellings, which the parse marks up, are the same, and
 * the references in it are not looked for again.
 */
public final class ParsedTexts {
    private final Map<Key, ParsedMarkdown> parsed = new ConcurrentHashMap<>();
    /** The references found in each parsed text, with the problems reported while finding them. */
    private final Map<ParsedMarkdown, Found> found = new ConcurrentHashMap<>();
    private final boolean keep;
    private final TextStore store;
    private List<Spelling> spellings = List.of();
    private Optional<GuideMarkdown> engine = Optional.empty();

    private record Key(Markdown text, Optional<ItemId> owner) {
    }

    private record Found(List<RefUse> uses, List<Diagnostic> problems) {
    }

    /** Texts kept from one link to the next. */
    public ParsedTexts() {
        this(true, TextStore.off());
    }

    private ParsedTexts(boolean keep, TextStore store) {
        this.keep = keep;
        this.store = store;
    }

    /**
     * For a guide linked only once: nothing is kept, so that the parsed texts can go as soon as
     * the guide is rendered (on a large guide they are a good part of the memory a build needs).
     */
    public static ParsedTexts once() {
        return new ParsedTexts(false, TextStore.off());
    }

    /**
     * For a guide linked only once, with the texts of earlier builds in the cache folder
     * {@code cache} (none when empty): a text found there is not parsed to find its references, and
     * its HTML is rendered again only when what it refers to has changed. Call {@link #keep} once
     * the pages are rendered; it writes nothing unless {@code writable}.
     */
    public static ParsedTexts once(Optional<Path> cache, boolean writable) {
        return new ParsedTexts(false, cache.map(dir -> TextStore.in(dir, writable)).orElse(TextStore.off()));
    }

    /** For {@code --timings}: how many files' texts the last link found in the cache; empty without one. */
    public String found() {
        return store.found();
    }

    /**
     * Keeps the texts of the last link, as parsed and rendered, in the cache (when there is one),
     * and says for {@code --timings} how many files' texts were stored; empty without a cache.
     */
    public String keep() {
        return store.keep();
    }

    /** The engine for these spellings: the last one when they are unchanged, else a new one (and nothing kept). */
    synchronized GuideMarkdown engine(List<Spelling> current) {
        if (engine.isEmpty() || !spellings.equals(current)) {
            parsed.clear();
            found.clear();
            spellings = List.copyOf(current);
            engine = Optional.of(new GuideMarkdown(spellings));
        }
        return engine.get();
    }

    /** For each text, what the cache holds for it (nothing without a cache). */
    List<Optional<TextStore.Stored>> find(List<Owned> texts, List<Spelling> current) {
        return store.find(texts, current);
    }

    /** The texts as linked, in the order given to {@link #find}, for {@link #keep}. */
    void linked(List<LinkedText> texts) {
        store.linked(texts);
    }

    /**
     * A text linked: from the cache when {@code stored} holds it (parsed later, only if its HTML
     * must be rendered), else parsed now. Its problems are reported to {@code diagnostics} either way.
     */
    LinkedText link(GuideMarkdown markdown, Owned text, Optional<TextStore.Stored> stored, Diagnostics diagnostics) {
        if (stored.isPresent()) {
            stored.get().problems().forEach(diagnostics::add);
            return LinkedText.cached(text.markdown(), stored.get().uses(), stored.get().problems(),
                    stored.get().renders(), () -> parse(markdown, text.markdown(), text.owner()));
        }
        ParsedMarkdown parsed = parse(markdown, text.markdown(), text.owner());
        Found references = references(markdown, parsed);
        references.problems().forEach(diagnostics::add);
        return LinkedText.parsed(parsed, () -> parse(markdown, text.markdown(), text.owner()), references.uses(),
                references.problems(), store.isOn());
    }

    /** The parsed text, parsing it only when it is new. */
    private ParsedMarkdown parse(GuideMarkdown markdown, Markdown text, Optional<ItemId> owner) {
        if (!keep) {
            return markdown.parse(text, owner);
        }
        return parsed.computeIfAbsent(new Key(text, owner), key -> markdown.parse(text, owner));
    }

    /** The references in a parsed text and its problems, found only when the text is new. */
    private Found references(GuideMarkdown markdown, ParsedMarkdown text) {
        if (!keep) {
            return findReferences(markdown, text);
        }
        return found.computeIfAbsent(text, key -> findReferences(markdown, key));
    }

    private static Found findReferences(GuideMarkdown markdown, ParsedMarkdown text) {
        Diagnostics problems = new Diagnostics();
        List<RefUse> uses = List.copyOf(markdown.references(text, problems));
        return new Found(uses, problems.sorted());
    }

    /** Forgets the texts that the guide no longer has. */
    void retain(Set<Markdown> texts) {
        parsed.keySet().removeIf(key -> !texts.contains(key.text()));
        found.keySet().removeIf(text -> !texts.contains(text.source()));
    }
}
