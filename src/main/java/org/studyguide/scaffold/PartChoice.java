package org.studyguide.scaffold;

import java.util.List;
import java.util.Optional;
import org.studyguide.diag.Diagnostic;
import org.studyguide.diag.Suggestions;

/** Which part {@code --part} names: a title, else a number counted from 1; without it, the last part. */
final class PartChoice {
    private PartChoice() {
    }

    /** The part {@code wanted} names in {@code outline}. */
    static GuideOutline.PartEntry choose(GuideOutline outline, Optional<String> wanted) throws ScaffoldException {
        List<GuideOutline.PartEntry> parts = outline.parts();
        if (parts.isEmpty()) {
            throw new ScaffoldException(Diagnostic.error(outline.position(outline.partsKey()),
                    "guide.yml has no parts to add the chapter to",
                    "add a part under 'parts:', such as '- title: Chapters' with 'chapters: []'"));
        }
        if (wanted.isEmpty()) {
            return parts.get(parts.size() - 1);
        }
        String name = wanted.get().strip();
        Optional<GuideOutline.PartEntry> titled = parts.stream().filter(p -> p.title().equals(name)).findFirst();
        if (titled.isPresent()) {
            return titled.get();
        }
        if (name.matches("[0-9]{1,9}")) {
            int number = Integer.parseInt(name);
            if (number >= 1 && number <= parts.size()) {
                return parts.get(number - 1);
            }
            throw new ScaffoldException(Diagnostic.error(outline.position(outline.partsKey()),
                    "there is no part " + number + ": guide.yml has " + parts.size() + " part"
                            + (parts.size() == 1 ? "" : "s"),
                    "give a number from 1 to " + parts.size() + ", or a part's title"));
        }
        List<String> titles = parts.stream().map(GuideOutline.PartEntry::title).toList();
        throw new ScaffoldException(Diagnostic.error(outline.position(outline.partsKey()),
                "guide.yml has no part titled '" + name + "'",
                Suggestions.didYouMean(name, titles).orElse("its parts are " + quoted(titles))));
    }

    private static String quoted(List<String> titles) {
        return String.join(", ", titles.stream().map(t -> "'" + t + "'").toList());
    }
}
