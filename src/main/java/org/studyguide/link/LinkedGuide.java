package org.studyguide.link;

import java.util.List;
import java.util.Map;
import org.studyguide.markdown.GuideMarkdown;
import org.studyguide.model.Guide;
import org.studyguide.model.ItemId;
import org.studyguide.model.Markdown;

/**
 * The link stage's result: the guide with every Markdown text parsed once and every reference
 * resolved into a graph.
 *
 * @param markdown  the Markdown engine configured for this guide's terms, for rendering
 * @param documents each Markdown text of the guide, as linked (parsed, or found in the cache)
 * @param uses      for each chapter or entry, the items it refers to in order of first use
 * @param backlinks for each item, the chapters (in reading order) and entries that refer to it
 */
public record LinkedGuide(
        Guide guide,
        GuideMarkdown markdown,
        Map<Markdown, LinkedText> documents,
        Map<ItemId, List<ItemId>> uses,
        Map<ItemId, List<ItemId>> backlinks) {

    /** One of the guide's Markdown texts, as linked. */
    public LinkedText text(Markdown text) {
        LinkedText linked = documents.get(text);
        if (linked == null) {
            throw new IllegalArgumentException("not a text of this guide: " + text.start());
        }
        return linked;
    }

    /** What {@code item} refers to (empty when nothing). */
    public List<ItemId> usesOf(ItemId item) {
        return uses.getOrDefault(item, List.of());
    }

    /** What refers to {@code item} (empty when nothing). */
    public List<ItemId> backlinksOf(ItemId item) {
        return backlinks.getOrDefault(item, List.of());
    }
}
