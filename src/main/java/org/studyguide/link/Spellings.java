package org.studyguide.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.studyguide.diag.Diagnostics;
import org.studyguide.markdown.Spelling;
import org.studyguide.model.Guide;
import org.studyguide.model.Person;
import org.studyguide.model.Ref;
import org.studyguide.model.Term;

/**
 * The words marked up automatically in prose: each acronym's headword and aliases, which must be
 * unambiguous, and each person's name, aliases and surname. A name shared by several people (two
 * Ivanovs) is kept as ambiguous, so that each use of it is reported rather than linked.
 */
final class Spellings {
    private Spellings() {
    }

    /** The spellings of every term that has an expansion, then of every person; a term spelling claimed twice is an error. */
    static List<Spelling> of(Guide guide, Diagnostics diagnostics) {
        Map<String, String> owners = new HashMap<>();
        List<Spelling> spellings = new ArrayList<>();
        for (Term term : guide.terms()) {
            if (term.expansion().isEmpty()) {
                continue;
            }
            for (String text : term.spellings()) {
                String owner = owners.putIfAbsent(text, term.id());
                if (owner != null) {
                    diagnostics.error(term.position(), "'" + text + "' is a spelling of both '" + owner
                            + "' and '" + term.id() + "'", "keep it as the headword or alias of one term only");
                } else if (!text.isBlank()) {
                    spellings.add(new Spelling(term.id(), text, term.expansion().get()));
                }
            }
        }
        spellings.addAll(people(guide.people(), owners, diagnostics));
        return spellings;
    }

    private static List<Spelling> people(List<Person> people, Map<String, String> termSpellings,
            Diagnostics diagnostics) {
        Map<String, List<Person>> byText = new LinkedHashMap<>();
        for (Person person : people) {
            for (String text : person.spellings()) {
                String term = termSpellings.get(text);
                if (term != null && person.surname().filter(text::equals).isPresent()) {
                    continue; // a surname read from the name gives way to the term
                }
                if (term != null) {
                    diagnostics.error(person.position(), "'" + text + "' is a spelling of both the term '" + term
                            + "' and the person '" + person.id() + "'", "remove it from the person's aliases");
                } else if (!person.id().isEmpty()) {
                    byText.computeIfAbsent(text, k -> new ArrayList<>()).add(person);
                }
            }
        }
        List<Spelling> spellings = new ArrayList<>();
        byText.forEach((text, owners) -> spellings.add(owners.size() == 1
                ? new Spelling(Ref.Kind.PERSON, owners.get(0).id(), text, title(owners.get(0)))
                : Spelling.ambiguous(text, owners.stream().map(Person::name).collect(Collectors.joining(" or ")))));
        return spellings;
    }

    /** What a person's name shows on hover: the name and main role. */
    private static String title(Person person) {
        return person.mainRole().isEmpty() ? person.name() : person.name() + ", " + person.mainRole();
    }
}
