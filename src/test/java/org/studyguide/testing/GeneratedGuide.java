package org.studyguide.testing;

import java.nio.file.Path;

/** A guide of many generated chapters in equal parts, each chapter a few paragraphs of plain prose. */
public final class GeneratedGuide {
    private GeneratedGuide() {
    }

    /**
     * A fixture of {@code count} chapters, {@code c0001} on, in parts of {@code partSize} ("Part 1",
     * ...); any file can still be replaced before it is built.
     */
    public static GuideFixture of(Path dir, int count, int partSize) {
        StringBuilder guide = new StringBuilder("title: Generated guide\nlanguage: en\npdf: false\nparts:\n");
        GuideFixture fixture = GuideFixture.in(dir).without("chapters/first.md").without("chapters/second.md")
                .file("quotes.yml", "[]\n").file("timeline.yml", "[]\n").file("glossary.yml", "[]\n");
        for (int c = 1; c <= count; c++) {
            if (c % partSize == 1 || partSize == 1) {
                guide.append("  - title: Part ").append((c - 1) / partSize + 1).append("\n    chapters:\n");
            }
            String id = id(c);
            guide.append("      - ").append(id).append('\n');
            fixture.file("chapters/" + id + ".md", chapter(c, ""));
        }
        return fixture.file("guide.yml", guide.toString()).withoutReadingText("reading-a");
    }

    /** The id of chapter {@code number}. */
    public static String id(int number) {
        return String.format("c%04d", number);
    }

    /** The Markdown of chapter {@code number}, with {@code more} after its sections. */
    public static String chapter(int number, String more) {
        return "---\ntitle: Chapter " + number + "\nsummary: What chapter " + number
                + " is about.\nreadings: [reading-a]\n---\n"
                + ("## A section\n\n" + "A paragraph of plain prose that goes on for a while. ".repeat(8) + "\n\n")
                        .repeat(3)
                + more;
    }
}
