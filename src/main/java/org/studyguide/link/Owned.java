package org.studyguide.link;

import java.util.Optional;
import org.studyguide.model.ItemId;
import org.studyguide.model.Markdown;

/**
 * A Markdown text and the item it belongs to, so that its references become that item's backlinks.
 * The owner's own name is not marked up in its text (a glossary definition does not mark its own
 * headword, nor a person's description their name).
 *
 * @param owner the chapter or entry; empty for the guide's introduction
 */
record Owned(Optional<ItemId> owner, Markdown markdown) {
}
