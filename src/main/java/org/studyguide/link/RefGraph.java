package org.studyguide.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.studyguide.model.ItemId;

/** Who refers to whom: collected while linking, then read as uses and backlinks. */
final class RefGraph {
    private final Map<ItemId, Set<ItemId>> uses = new LinkedHashMap<>();
    private final Map<ItemId, Set<ItemId>> usedBy = new LinkedHashMap<>();

    /** Records that {@code from} refers to {@code to}; an item referring to itself is not recorded. */
    void add(ItemId from, ItemId to) {
        if (!from.equals(to)) {
            uses.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
            usedBy.computeIfAbsent(to, k -> new LinkedHashSet<>()).add(from);
        }
    }

    /** True when anything refers to {@code item}. */
    boolean isUsed(ItemId item) {
        return usedBy.containsKey(item);
    }

    /** What each item refers to, in order of first use. */
    Map<ItemId, List<ItemId>> uses() {
        Map<ItemId, List<ItemId>> copy = new LinkedHashMap<>();
        uses.forEach((item, targets) -> copy.put(item, List.copyOf(targets)));
        return copy;
    }

    /** What refers to each item, sorted by {@code order}. */
    Map<ItemId, List<ItemId>> backlinks(Comparator<ItemId> order) {
        Map<ItemId, List<ItemId>> copy = new LinkedHashMap<>();
        usedBy.forEach((item, sources) -> {
            List<ItemId> sorted = new ArrayList<>(sources);
            sorted.sort(order);
            copy.put(item, List.copyOf(sorted));
        });
        return copy;
    }
}
