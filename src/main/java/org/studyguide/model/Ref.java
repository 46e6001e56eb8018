package org.studyguide.model;

/**
 * An id written by the user that names another item, with where it was written.
 *
 * @param kind     what kind of item it must name
 * @param id       the id as written
 * @param position where the id was written
 */
public record Ref(Kind kind, String id, Position position) {

    /** The kinds of item a reference can name; {@link #prefix} is its spelling in {@code [[kind:id]]}. */
    public enum Kind {
        TERM("term"), QUOTE("quote"), CHAPTER("chapter"), SOURCE("source"), EVENT("event"), PERSON("person");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        /** The word used before the colon in a reference. */
        public String prefix() {
            return prefix;
        }

        /** The kind spelled {@code prefix}, if any. */
        public static java.util.Optional<Kind> ofPrefix(String prefix) {
            for (Kind kind : values()) {
                if (kind.prefix.equals(prefix)) {
                    return java.util.Optional.of(kind);
                }
            }
            return java.util.Optional.empty();
        }
    }
}
