package org.studyguide.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.studyguide.diag.Diagnostics;
import org.studyguide.model.GuideInfo;
import org.studyguide.model.Paper;
import org.studyguide.model.Ref;

/** Reads {@code guide.yml}: the title page facts and the table of contents. */
final class GuideFileReader {
    private static final Set<String> KEYS = Set.of(
            "title", "subtitle", "language", "authors", "licence", "repository", "introduction", "parts",
            "sourceTexts", "timelinePeriods", PublicAddress.BASE_URL, PublicAddress.CNAME, "paper", "pdf");
    private static final Set<String> PART_KEYS = Set.of("title", "chapters");

    /** The table of contents as written: part titles with the chapter ids they list. */
    record PartOutline(String title, List<Ref> chapters) {
    }

    /** What {@code guide.yml} says. */
    record GuideFile(GuideInfo info, List<PartOutline> parts) {
    }

    private GuideFileReader() {
    }

    /** Reads the file, or returns empty after reporting why it cannot be read. */
    static Optional<GuideFile> read(Path file, Diagnostics diagnostics) {
        return ContentFiles.read(file, diagnostics, "every guide needs a guide.yml with its title and parts")
                .flatMap(text -> YamlSource.parseRequired(file, 0, text, diagnostics, "guide.yml is empty",
                        "write the guide's title and its parts; 'studyguide new guide DIR' makes a complete example"))
                .flatMap(document -> document.asMap("guide.yml", KEYS))
                .map(map -> new GuideFile(info(map, diagnostics), parts(map)));
    }

    private static GuideInfo info(YamlMap map, Diagnostics diagnostics) {
        PublicAddress address = PublicAddress.read(map, diagnostics);
        return new GuideInfo(
                map.text("title"),
                map.optionalText("subtitle"),
                map.optionalText("language").orElse("en"),
                map.texts("authors"),
                map.optionalText("licence"),
                UrlField.read(map, "repository", diagnostics),
                map.optionalMarkdown("introduction"),
                map.optionalText("sourceTexts"),
                map.positionOf("sourceTexts"),
                TimelinePeriods.read(map, diagnostics),
                address.baseUrl(),
                address.cname(),
                paper(map, diagnostics),
                pdf(map, diagnostics));
    }

    /** Whether to render PDFs: yes unless {@code pdf: false}. */
    private static boolean pdf(YamlMap map, Diagnostics diagnostics) {
        Optional<String> value = map.optionalText("pdf");
        if (value.isPresent() && !value.get().equals("true") && !value.get().equals("false")) {
            diagnostics.error(map.positionOf("pdf"), "'pdf' must be true or false, found '" + value.get() + "'",
                    "write 'pdf: false' to build the site without PDFs; they are built by default");
        }
        return !value.orElse("true").equals("false");
    }

    /** The PDFs' paper size: A4 unless {@code paper} names another one. */
    private static Paper paper(YamlMap map, Diagnostics diagnostics) {
        Optional<String> key = map.optionalText("paper");
        Optional<Paper> paper = key.flatMap(Paper::of);
        if (key.isPresent() && paper.isEmpty()) {
            diagnostics.error(map.positionOf("paper"), "unknown paper size '" + key.get() + "'",
                    "write 'paper: a4' (the default) or 'paper: letter'");
        }
        return paper.orElse(Paper.A4);
    }

    private static List<PartOutline> parts(YamlMap map) {
        if (!map.has("parts")) {
            map.text("parts");
        }
        return map.maps("parts", "part", PART_KEYS).stream()
                .map(part -> new PartOutline(part.text("title"), part.refs("chapters", Ref.Kind.CHAPTER)))
                .toList();
    }
}
