package org.studyguide.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Someone in the guide's cast ({@code people.yml}): named in prose, quoted in readings.
 *
 * @param name        the full name as shown ("Igor Ivanov")
 * @param group       which side the person belongs to, for the People page
 * @param roles       one line each, with dates, most important first
 * @param description one paragraph of Markdown
 * @param aliases     other names recognised in prose ("Lord Robertson")
 * @param terms       related glossary terms
 */
public record Person(
        String id,
        String name,
        Group group,
        List<String> roles,
        Markdown description,
        List<String> aliases,
        List<Ref> terms,
        Position position) implements Item {

    /** The groups of the People page, in the order it shows them. */
    public enum Group {
        RUSSIA("Russian"), NATO("NATO and Allied"), OTHER("Other");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        /** The group's heading on the page. */
        public String title() {
            return title;
        }

        /** The name written in {@code people.yml}: {@code russia}, {@code nato}, {@code other}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The group written {@code key}, if any. */
        public static Optional<Group> of(String key) {
            return Arrays.stream(values()).filter(g -> g.key().equals(key)).findFirst();
        }
    }

    @Override
    public Ref.Kind kind() {
        return Ref.Kind.PERSON;
    }

    @Override
    public String label() {
        return name;
    }

    /** The first role, the one shown beside the name; empty when none is given. */
    public String mainRole() {
        return roles.isEmpty() ? "" : roles.get(0);
    }

    /**
     * The surname as written in prose: the last word of a name of two or more words, or empty.
     * Shared by two people it is ambiguous, so it is never linked.
     */
    public Optional<String> surname() {
        String[] words = name.strip().split("\\s+");
        return words.length > 1 ? Optional.of(words[words.length - 1]) : Optional.empty();
    }

    /** Every spelling recognised in prose: the full name, the aliases and the surname. */
    public List<String> spellings() {
        return Stream.concat(Stream.concat(Stream.of(name), aliases.stream()), surname().stream())
                .filter(s -> !s.isBlank()).distinct().toList();
    }
}
