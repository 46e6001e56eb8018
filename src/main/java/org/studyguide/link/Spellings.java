package org.studyguide.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.studyguide.diag.Diagnostics;
import org.studyguide.markdown.Spelling;
import org.studyguide.model.Term;

/** The words marked up automatically in prose: each acronym's headword and aliases, which must be unambiguous. */
final class Spellings {
    private Spellings() {
    }

    /** The spellings of every term that has an expansion; a spelling claimed twice is an error. */
    static List<Spelling> of(List<Term> terms, Diagnostics diagnostics) {
        Map<String, String> owners = new HashMap<>();
        List<Spelling> spellings = new ArrayList<>();
        for (Term term : terms) {
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
        return spellings;
    }
}
