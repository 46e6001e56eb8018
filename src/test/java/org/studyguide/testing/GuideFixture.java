package org.studyguide.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.studyguide.build.BuildOptions;
import org.studyguide.build.BuildResult;
import org.studyguide.build.GuideBuild;

/**
 * A small guide written inline, like mdBook's {@code BookTest}: starts from a complete valid guide
 * (two chapters, terms, quotations, a reading and events), lets a test replace any file, then builds
 * it into a temporary folder so the result can be queried.
 */
public final class GuideFixture {
    /** The starting guide.yml. */
    public static final String GUIDE = """
            title: Test guide
            subtitle: A guide for tests
            language: en
            authors: [Test Author]
            licence: CC BY-SA 4.0
            repository: https://example.org/repo
            introduction: |
              This guide covers the [[NRC]] and [[source:reading-a]].
            parts:
              - title: Readings
                chapters: [first]
              - title: Themes
                chapters: [second]
            baseUrl: https://example.org/guide/
            sourceTexts: ../texts
            """;

    /** The starting first chapter. */
    public static final String FIRST = """
            ---
            title: First chapter
            summary: The first one.
            readings: [reading-a]
            objectives:
              - Explain the NRC.
            questions:
              - question: What is the NRC?
                answer: A council created in 2002.
            ---
            ## Beginnings

            The NRC replaced the PJC in 2002. The NRC met often.

            ![[quote:first-quote]]

            See [[event:council-2002]] and [[chapter:second|the next chapter]].
            """;

    /** The starting second chapter. */
    public static final String SECOND = """
            ---
            title: Second chapter
            summary: The second one.
            readings: [reading-a]
            ---
            ## Later

            Cooperation through the PJC is discussed in [[quote:second-quote]].
            """;

    /** The starting glossary. */
    public static final String GLOSSARY = """
            - id: NRC
              expansion: NATO-Russia Council
              definition: |
                The council founded in 2002, successor of the [[PJC]].
              related: [PJC]
              sources: [reading-a]
            - id: PJC
              expansion: Permanent Joint Council
              definition: The council of the Founding Act, 1997.
              sources: [reading-a]
            """;

    /** The starting quotations. */
    public static final String QUOTES = """
            - id: first-quote
              text: "The council met often."
              source: reading-a
              locator: paragraph 1
              context: On how often the council met.
              terms: [NRC]
            - id: second-quote
              text: "Cooperation was uneven."
              source: reading-a
              locator: paragraph 2
              quoting: A Speaker
              context: On cooperation.
              terms: [PJC]
            """;

    /** The starting readings. */
    public static final String SOURCES = """
            - id: reading-a
              title: Reading A
              author: Jane Doe
              venue: Test Review
              date: early 2001
              note: A cautiously optimistic view.
            """;

    /** The starting timeline. */
    public static final String TIMELINE = """
            - id: council-2002
              date: "2002-05-28"
              title: NRC founded
              text: The [[NRC]] is founded.
              sources: [reading-a]
              terms: [NRC]
              quotes: [first-quote]
            - id: act-1997
              date: "1997"
              title: Founding Act
              text: The PJC is created.
              terms: [PJC]
            """;

    /** The starting plain text of reading-a, in which both starting quotations are found. */
    public static final String READING_A = """
            A made-up reading. The council met often. Cooperation was uneven. Nothing else happened.
            """;

    private final Path root;
    private final Map<String, String> files = new LinkedHashMap<>();
    private final Map<String, String> templates = new LinkedHashMap<>();
    private final Map<String, String> texts = new LinkedHashMap<>();

    private GuideFixture(Path root) {
        this.root = root;
        files.put("guide.yml", GUIDE);
        files.put("chapters/first.md", FIRST);
        files.put("chapters/second.md", SECOND);
        files.put("glossary.yml", GLOSSARY);
        files.put("quotes.yml", QUOTES);
        files.put("sources.yml", SOURCES);
        files.put("timeline.yml", TIMELINE);
        texts.put("reading-a.txt", READING_A);
    }

    /** The default valid guide, to be built under {@code root}. */
    public static GuideFixture in(Path root) {
        return new GuideFixture(root);
    }

    /** Replaces (or adds) a content file, such as {@code chapters/first.md}. */
    public GuideFixture file(String path, String text) {
        files.put(path, text);
        return this;
    }

    /** Adds a chapter after {@code second}, in the default guide's second part, with this Markdown file. */
    public GuideFixture withChapter(String id, String markdown) {
        return file("guide.yml", GUIDE.replace("chapters: [second]", "chapters: [second, " + id + "]"))
                .file("chapters/" + id + ".md", markdown);
    }

    /** Removes a content file. */
    public GuideFixture without(String path) {
        files.remove(path);
        return this;
    }

    /** Adds a template that overrides a built-in one. */
    public GuideFixture template(String path, String text) {
        templates.put(path, text);
        return this;
    }

    /** Adds the plain text of a reading, so that quotations are verified against it. */
    public GuideFixture readingText(String sourceId, String text) {
        texts.put(sourceId + ".txt", text);
        return this;
    }

    /** Removes a reading's plain text, so that its quotations are not verified. */
    public GuideFixture withoutReadingText(String sourceId) {
        texts.remove(sourceId + ".txt");
        return this;
    }

    /** The folder of reading texts ({@code sourceTexts} in guide.yml; absent when a test removed every text). */
    public Path textsDir() {
        return root.resolve("texts");
    }

    /** The content folder. */
    public Path content() {
        return root.resolve("content");
    }

    /** The output folder. */
    public Path out() {
        return root.resolve("site");
    }

    /** The guide's templates folder (only present when a test added templates). */
    public Path templatesDir() {
        return root.resolve("templates");
    }

    /** Writes the files and builds the guide, publishing into {@link #out()} when it succeeds. */
    public BuiltGuide build() {
        writeFiles();
        BuildResult result;
        try {
            result = GuideBuild.build(options());
        } catch (org.studyguide.publish.PublishException e) {
            throw new IllegalStateException(e);
        }
        return new BuiltGuide(result, out());
    }

    /** Writes the content (and templates) to disk without building. */
    public GuideFixture writeFiles() {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                write(content().resolve(file.getKey()), file.getValue());
            }
            for (Map.Entry<String, String> file : templates.entrySet()) {
                write(templatesDir().resolve(file.getKey()), file.getValue());
            }
            for (Map.Entry<String, String> file : texts.entrySet()) {
                write(textsDir().resolve(file.getKey()), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The build options for this fixture. */
    public BuildOptions options() {
        return new BuildOptions(content(), templates.isEmpty()
                ? java.util.Optional.empty() : java.util.Optional.of(templatesDir()), out(),
                texts.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(textsDir()));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
