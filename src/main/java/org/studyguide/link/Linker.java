package org.studyguide.link;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.studyguide.diag.Diagnostics;
import org.studyguide.load.LoadedGuide;
import org.studyguide.markdown.GuideMarkdown;
import org.studyguide.markdown.RefResolver;
import org.studyguide.markdown.RefUse;
import org.studyguide.markdown.Spelling;
import org.studyguide.model.Guide;
import org.studyguide.model.ItemId;
import org.studyguide.model.Markdown;
import org.studyguide.model.Ref;
import org.studyguide.parallel.Workers;

/**
 * The link stage: parses every Markdown text once, resolves every reference (in Markdown and in
 * YAML id lists), builds uses and backlinks, and warns about items nothing refers to.
 */
public final class Linker {
    private Linker() {
    }

    /** Links a loaded guide; unknown, duplicate and ambiguous ids are reported to {@code diagnostics}. */
    public static LinkedGuide link(LoadedGuide loaded, Diagnostics diagnostics) {
        return link(loaded, diagnostics, new ParsedTexts());
    }

    /** Links a guide linked before, parsing again only the Markdown texts that {@code earlier} does not hold. */
    public static LinkedGuide link(LoadedGuide loaded, Diagnostics diagnostics, ParsedTexts earlier) {
        return link(loaded, diagnostics, earlier, Optional.empty());
    }

    /**
     * As {@link #link(LoadedGuide, Diagnostics, ParsedTexts)}; with {@code bodies}, each chapter's
     * body is rendered as soon as it is parsed (see {@link EarlyBodies}), after the other texts.
     */
    public static LinkedGuide link(LoadedGuide loaded, Diagnostics diagnostics, ParsedTexts earlier,
            Optional<EarlyBodies> bodies) {
        Guide guide = loaded.guide();
        IdIndex index = IdIndex.of(guide, loaded.incomplete(), diagnostics);
        List<Spelling> spellings = Spellings.of(guide, diagnostics);
        GuideMarkdown markdown = earlier.engine(spellings);
        RefGraph graph = new RefGraph();
        Map<Markdown, LinkedText> documents = new LinkedHashMap<>();
        // The texts are parsed on all cores (parsing is most of this stage); resolved in their order.
        List<Owned> texts = ContentWalk.markdown(guide);
        List<Optional<TextStore.Stored>> stored = earlier.find(texts, spellings);
        LinkedText[] linked = new LinkedText[texts.size()];
        Set<Markdown> chapterBodies = Collections.newSetFromMap(new IdentityHashMap<>());
        bodies.ifPresent(unused -> guide.chapters().forEach(chapter -> chapterBodies.add(chapter.body())));
        Map<Boolean, List<Integer>> isBody = IntStream.range(0, texts.size()).boxed()
                .collect(Collectors.partitioningBy(i -> chapterBodies.contains(texts.get(i).markdown())));
        Workers.map(isBody.get(false), i -> linked[i] = earlier.link(markdown, texts.get(i), stored.get(i), diagnostics));
        if (bodies.isPresent()) {
            Map<Markdown, LinkedText> others = new HashMap<>();
            isBody.get(false).forEach(i -> others.put(texts.get(i).markdown(), linked[i]));
            RefResolver resolver = bodies.get().resolver(new LinkedGuide(guide, markdown, others, Map.of(), Map.of()));
            Workers.map(isBody.get(true), i -> {
                linked[i] = earlier.link(markdown, texts.get(i), stored.get(i), diagnostics);
                linked[i].renderEarly(markdown, resolver);
                return linked[i];
            });
        }
        List<LinkedText> linkedTexts = Arrays.asList(linked);
        earlier.linked(linkedTexts);
        for (int i = 0; i < texts.size(); i++) {
            Owned text = texts.get(i);
            documents.put(text.markdown(), linkedTexts.get(i));
            for (RefUse use : linkedTexts.get(i).uses()) {
                if (index.resolve(use.ref(), diagnostics)) {
                    text.owner().ifPresent(owner -> graph.add(owner, ItemId.of(use.ref())));
                }
            }
            linkedTexts.get(i).resolved();
        }
        for (ContentWalk.FieldRef field : ContentWalk.fieldRefs(guide)) {
            if (index.resolve(field.ref(), diagnostics)) {
                graph.add(field.owner(), ItemId.of(field.ref()));
            }
        }
        ReadingsOnly.check(guide, diagnostics);
        earlier.retain(documents.keySet());
        warnUnused(guide, graph, diagnostics);
        return new LinkedGuide(guide, markdown, documents, graph.uses(), graph.backlinks(readingOrder(guide)));
    }

    private static void warnUnused(Guide guide, RefGraph graph, Diagnostics diagnostics) {
        guide.quotes().stream()
                .filter(q -> !q.id().isEmpty() && !graph.isUsed(new ItemId(Ref.Kind.QUOTE, q.id())))
                .forEach(q -> diagnostics.warning(q.position(), "quotation '" + q.id() + "' is not used anywhere",
                        Optional.of("embed it in a chapter with ![[quote:" + q.id() + "]] or remove it")));
        guide.terms().stream()
                .filter(t -> !t.id().isEmpty() && !graph.isUsed(new ItemId(Ref.Kind.TERM, t.id())))
                .forEach(t -> diagnostics.warning(t.position(), "glossary term '" + t.id() + "' is not used anywhere",
                        Optional.of("mention it in a chapter, link it with [[term:" + t.id() + "]], or remove it")));
    }

    /** Chapters first, in reading order; then entries by kind and id. */
    private static Comparator<ItemId> readingOrder(Guide guide) {
        Map<String, Integer> chapterIndex = new HashMap<>();
        List<String> ids = guide.chapters().stream().map(c -> c.id()).toList();
        for (int i = 0; i < ids.size(); i++) {
            chapterIndex.put(ids.get(i), i);
        }
        // Written out rather than chained from Comparator's methods: the chain boxes both keys on
        // every comparison, and a short build runs it interpreted.
        return (a, b) -> {
            int byKind = Boolean.compare(a.kind() != Ref.Kind.CHAPTER, b.kind() != Ref.Kind.CHAPTER);
            if (byKind != 0) {
                return byKind;
            }
            int byChapter = Integer.compare(chapterIndex.getOrDefault(a.id(), 0), chapterIndex.getOrDefault(b.id(), 0));
            return byChapter != 0 ? byChapter : a.compareTo(b);
        };
    }
}
