package org.studyguide.link;

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
    private List<Spelling> spellings = List.of();
    private Optional<GuideMarkdown> engine = Optional.empty();

    private record Key(Markdown text, Optional<ItemId> owner) {
    }

    private record Found(List<RefUse> uses, List<Diagnostic> problems) {
    }

    /** Texts kept from one link to the next. */
    public ParsedTexts() {
        this(true);
    }

    private ParsedTexts(boolean keep) {
        this.keep = keep;
    }

    /**
     * For a guide linked only once: nothing is kept, so that the parsed texts can go as soon as
     * the guide is rendered (on a large guide they are a good part of the memory a build needs).
     */
    public static ParsedTexts once() {
        return new ParsedTexts(false);
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

    /** The parsed text, parsing it only when it is new. */
    ParsedMarkdown parse(GuideMarkdown markdown, Markdown text, Optional<ItemId> owner) {
        if (!keep) {
            return markdown.parse(text, owner);
        }
        return parsed.computeIfAbsent(new Key(text, owner), key -> markdown.parse(text, owner));
    }

    /** The references in a parsed text, found only when the text is new; its problems are reported each time. */
    List<RefUse> references(GuideMarkdown markdown, ParsedMarkdown text, Diagnostics diagnostics) {
        if (!keep) {
            return markdown.references(text, diagnostics);
        }
        Found references = found.computeIfAbsent(text, key -> {
            Diagnostics problems = new Diagnostics();
            return new Found(List.copyOf(markdown.references(key, problems)), problems.sorted());
        });
        references.problems().forEach(diagnostics::add);
        return references.uses();
    }

    /** Forgets the texts that the guide no longer has. */
    void retain(Set<Markdown> texts) {
        parsed.keySet().removeIf(key -> !texts.contains(key.text()));
        found.keySet().removeIf(text -> !texts.contains(text.source()));
    }
}
