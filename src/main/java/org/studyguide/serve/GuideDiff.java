package org.studyguide.serve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.studyguide.link.LinkedGuide;
import org.studyguide.model.Chapter;
import org.studyguide.model.Guide;
import org.studyguide.model.Item;
import org.studyguide.model.ItemId;

/**
 * What changed between two links of the same guide, item by item: the chapters, terms, quotations,
 * readings, events and people whose records differ (positions included) or whose references differ,
 * and those added or removed. A change that every page shows is {@link #everywhere}: the guide's
 * settings, the parts, a chapter's place, id, title or summary (the navigation of every page
 * lists them), whether any chapter has stances or essays (the navigation links the themes and exam
 * pages then), or the glossary's spellings (marked up in every text).
 *
 * @param everywhere true when every page may show the change
 * @param items      the items that changed; meaningful only when not everywhere
 */
record GuideDiff(boolean everywhere, Set<ItemId> items) {

    /** The changes from {@code before} to {@code after}. */
    static GuideDiff between(LinkedGuide before, LinkedGuide after) {
        if (before.markdown() != after.markdown() || !navigation(before.guide()).equals(navigation(after.guide()))) {
            return new GuideDiff(true, Set.of());
        }
        Map<ItemId, Item> old = byId(before.guide());
        Map<ItemId, Item> now = byId(after.guide());
        Set<ItemId> changed = new TreeSet<>();
        Set<ItemId> all = new TreeSet<>(old.keySet());
        all.addAll(now.keySet());
        for (ItemId item : all) {
            if (!Objects.equals(old.get(item), now.get(item)) || !before.usesOf(item).equals(after.usesOf(item))) {
                changed.add(item);
            }
        }
        return new GuideDiff(false, Set.copyOf(changed));
    }

    /** What the navigation of every page shows, in a form that compares by value. */
    private static List<Object> navigation(Guide guide) {
        boolean stances = guide.chapters().stream().anyMatch(c -> !c.stances().isEmpty());
        boolean essays = guide.chapters().stream().anyMatch(c -> !c.essays().isEmpty());
        return List.of(guide.info(), stances, essays, guide.parts().stream()
                .map(part -> List.of(part.title(), part.chapters().stream().map(GuideDiff::inNavigation).toList()))
                .toList());
    }

    private static List<String> inNavigation(Chapter chapter) {
        return List.of(chapter.id(), chapter.title(), chapter.summary());
    }

    /** Items by id; of two with the same id (an error the link stage reports) the first. */
    private static Map<ItemId, Item> byId(Guide guide) {
        Map<ItemId, Item> items = new HashMap<>();
        guide.items().forEach(item -> items.putIfAbsent(item.itemId(), item));
        return items;
    }
}
