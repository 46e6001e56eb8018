package org.studyguide.serve;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.studyguide.link.LinkedGuide;
import org.studyguide.model.Chapter;
import org.studyguide.model.ItemId;
import org.studyguide.model.Ref;

/**
 * Which chapter pages show which items of the guide. A chapter's page shows the chapter itself,
 * every item it refers to (a term's headword and expansion, a quotation's words, a reading's title,
 * a person's name) and what those items refer to in turn (an embedded quotation's reading, speaker
 * and the references in its explanation). Besides these, every page shows the navigation, which
 * {@link GuideDiff} treats as a change everywhere.
 *
 * <p>Of another chapter, a page shows only what the navigation shows too (its title, in a link):
 * when the navigation is unchanged, a changed chapter changes its own page and no other, so that
 * editing a chapter that many others link to renders one page before the rest of the site.
 */
final class PageGraph {
    private PageGraph() {
    }

    /**
     * The ids of the chapters whose pages show any of {@code changed}, in either version of the
     * guide, when the navigation of the two versions is the same.
     */
    static Set<String> chaptersShowing(Set<ItemId> changed, LinkedGuide before, LinkedGuide after) {
        Set<ItemId> shownByOthers = new HashSet<>(changed);
        shownByOthers.removeIf(item -> item.kind() == Ref.Kind.CHAPTER);
        Set<String> pages = new TreeSet<>();
        for (Chapter chapter : after.guide().chapters()) {
            ItemId page = new ItemId(Ref.Kind.CHAPTER, chapter.id());
            if (changed.contains(page) || shows(page, before).stream().anyMatch(shownByOthers::contains)
                    || shows(page, after).stream().anyMatch(shownByOthers::contains)) {
                pages.add(chapter.id());
            }
        }
        return pages;
    }

    /** What a chapter's page shows: the chapter, what it refers to, and what those refer to. */
    static Set<ItemId> shows(ItemId chapter, LinkedGuide linked) {
        Set<ItemId> shown = new HashSet<>();
        shown.add(chapter);
        List<ItemId> uses = linked.usesOf(chapter);
        shown.addAll(uses);
        uses.forEach(item -> shown.addAll(linked.usesOf(item)));
        return shown;
    }
}
