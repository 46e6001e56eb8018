package org.studyguide.link;

import java.util.Optional;
import org.studyguide.model.ItemId;
import org.studyguide.model.Markdown;

/**
 * A Markdown text and the item it belongs to, so that its references become that item's backlinks.
 *
 * @param owner   the chapter or entry; empty for the guide's introduction
 * @param ownTerm the glossary term whose own definition this is (not marked up in itself)
 */
record Owned(Optional<ItemId> owner, Markdown markdown, Optional<String> ownTerm) {
}
