package org.studyguide.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.studyguide.scaffold.ScaffoldFiles.read;
import static org.studyguide.scaffold.ScaffoldFiles.tree;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.build.BuildOptions;
import org.studyguide.build.GuideBuild;
import org.studyguide.publish.PublishException;
import org.studyguide.testing.BuiltGuide;

/** {@code new guide}: a skeleton that builds with no error and no warning, written only into a new or empty folder. */
class GuideSkeletonTest {
    @TempDir
    Path root;

    private static BuiltGuide build(Path dir, Optional<Path> templates) throws PublishException {
        Path out = dir.resolve("site");
        return new BuiltGuide(GuideBuild.build(new BuildOptions(dir.resolve("content"), templates, out)), out);
    }

    @Test
    void theSkeletonBuildsCleanlyWithEveryKindOfItemLinked() throws Exception {
        Path dir = root.resolve("my-guide");
        List<Path> written = GuideSkeleton.write(dir, GuideSkeleton.titleFor(dir), false);
        assertThat(written).extracting(p -> dir.relativize(p).toString().replace('\\', '/')).containsExactlyInAnyOrder(
                "README.md", ".gitignore", "content/guide.yml", "content/chapters/first-steps.md",
                "content/glossary.yml", "content/quotes.yml", "content/sources.yml", "content/timeline.yml",
                "content/people.yml",
                "texts/reading-with-a-purpose.txt");
        assertThat(read(dir.resolve(".gitignore")).lines()).contains("site/");
        assertThat(dir.resolve("templates")).doesNotExist();

        BuiltGuide built = build(dir, Optional.empty()).assertClean();
        assertThat(built.result().verified()).as("quotations verified against texts/").contains(1);
        assertThat(built.result().chapters()).isEqualTo(1);
        Document index = built.page("index.html");
        assertThat(index.select("h1").text()).isEqualTo("My guide");
        assertThat(index.select("a[href=chapters/first-steps.html]")).isNotEmpty();

        Document chapter = built.page("chapters/first-steps.html");
        assertThat(chapter.select(".chapter-body a.ref-term[href=../glossary.html#SQ3R]")).isNotEmpty();
        assertThat(chapter.select(".chapter-body abbr[title=Survey, Question, Read, Recite, Review]")).isNotEmpty();
        assertThat(chapter.select(".chapter-body a.ref-source[href=../sources.html#reading-with-a-purpose]")).isNotEmpty();
        assertThat(chapter.select(".chapter-body a.ref-event[href=../timeline.html#effective-study-1946]")).isNotEmpty();
        assertThat(chapter.select(".chapter-body figure.quote[data-quote=one-section-at-a-time] blockquote").text())
                .startsWith("Read one section at a time");
        assertThat(chapter.select(".objectives li")).hasSize(3);
        assertThat(chapter.select(".review details.answer")).hasSize(2);
        assertThat(chapter.select(".chapter-body code").eachText()).contains("[[term:SQ3R]]");

        assertThat(built.page("glossary.html").getElementById("SQ3R")).isNotNull();
        assertThat(built.page("quotes.html").getElementById("one-section-at-a-time")).isNotNull();
        assertThat(built.page("sources.html").getElementById("reading-with-a-purpose")).isNotNull();
        assertThat(built.page("timeline.html").getElementById("effective-study-1946")).isNotNull();
        assertThat(chapter.select(".chapter-body a.person[href=../people.html#robinson-francis]").text())
                .isEqualTo("Francis P. Robinson");
        assertThat(chapter.select(".chapter-body details.quote-explanation").text()).contains("The heart of the method");
        assertThat(built.page("people.html").getElementById("robinson-francis")).isNotNull();
        assertThat(built.page("key-quotations.html").getElementById("one-section-at-a-time")).isNotNull();
    }

    @Test
    void theSkeletonShowsCalloutsFootnotesStancesEssaysAndADocument() throws Exception {
        Path dir = root.resolve("study");
        GuideSkeleton.write(dir, "Study", false);
        BuiltGuide built = build(dir, Optional.empty()).assertClean();
        Document chapter = built.page("chapters/first-steps.html");
        assertThat(chapter.select(".chapter-body aside.callout--tip .callout-title").text()).isEqualTo("Tip");
        assertThat(chapter.select(".chapter-body aside.callout--context .callout-title").text())
                .isEqualTo("Where SQ3R comes from");
        assertThat(chapter.select(".footnotes a.ref-source").attr("href")).isEqualTo("../sources.html#effective-study");
        assertThat(chapter.select(".essays details.essay-outline .essay-points li")).hasSize(2);
        assertThat(built.page("themes.html").select("#theme-first-steps td .themes-stance").text())
                .startsWith("Read one section at a time");
        assertThat(built.page("exam.html").select(".exam-chapter .essay-prompt").text())
                .isEqualTo("Is reciting from memory worth the time it takes?");
        assertThat(built.page("sources.html").select("#documents-title ~ article.source").eachAttr("id"))
                .containsExactly("effective-study");
    }

    @Test
    void aTitleThatNeedsQuotingReadsBackAsGiven() throws Exception {
        Path dir = root.resolve("g");
        GuideSkeleton.write(dir, "Rome, 2013: \"mid-term\" # views", false);
        // The page sets the straight quotes as typographic ones, like Markdown's (render/Typography).
        assertThat(build(dir, Optional.empty()).assertClean().page("index.html").select("h1").text())
                .isEqualTo("Rome, 2013: “mid-term” # views");
        assertThat(read(dir.resolve("README.md"))).startsWith("# Rome, 2013: \"mid-term\" # views\n");
    }

    @Test
    void withTemplatesCopiesTheBuiltInTemplatesAndTheGuideBuildsWithThem() throws Exception {
        Path dir = root.resolve("custom");
        GuideSkeleton.write(dir, "Custom", true);
        Path templates = dir.resolve("templates");
        assertThat(templates.resolve("layout.ftlh")).exists();
        assertThat(templates.resolve("chapter.ftlh")).exists();
        assertThat(templates.resolve("assets/style.css")).exists();
        Files.writeString(templates.resolve("assets/style.css"), "\n/* customised */\n",
                java.nio.file.StandardOpenOption.APPEND);
        BuiltGuide built = build(dir, Optional.of(templates)).assertClean();
        assertThat(read(built.out().resolve("assets/style.css"))).endsWith("/* customised */\n");
    }

    @Test
    void anEmptyFolderIsUsedAndTheTitleComesFromItsName() throws Exception {
        Path dir = Files.createDirectories(root.resolve("nato_russia-guide"));
        GuideSkeleton.write(dir, GuideSkeleton.titleFor(dir), false);
        assertThat(read(dir.resolve("content/guide.yml"))).contains("\ntitle: Nato russia guide\n");
    }

    @Test
    void refusesAFolderThatIsNotEmptyAndWritesNothing() throws Exception {
        Path dir = Files.createDirectories(root.resolve("busy"));
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Files.createDirectories(dir.resolve("content"));
        Map<String, String> before = tree(dir);
        ScaffoldException e = catchThrowableOfType(ScaffoldException.class, () -> GuideSkeleton.write(dir, "T", true));
        assertThat(e.reason()).isEqualTo(ScaffoldException.Reason.ARGUMENT);
        assertThat(e.getMessage()).isEqualTo(dir + " is not empty (it holds content, notes.txt); new guide writes only"
                + " into a new or empty folder, so nothing was written");
        assertThat(tree(dir)).isEqualTo(before);
    }

    @Test
    void refusesAFile() throws Exception {
        Path file = Files.writeString(root.resolve("guide"), "mine");
        ScaffoldException e = catchThrowableOfType(ScaffoldException.class, () -> GuideSkeleton.write(file, "T", false));
        assertThat(e.getMessage()).isEqualTo(file + " exists and is not a folder; give a new or empty folder for the guide");
        assertThat(read(file)).isEqualTo("mine");
    }

    @Test
    void aNewChapterInTheSkeletonBuildsWithAWarningAtEachDraftLine() throws Exception {
        Path dir = root.resolve("grow");
        GuideSkeleton.write(dir, "Grow", false);
        NewChapter.add(dir.resolve("content"), "second-steps", Optional.empty(), Optional.empty());
        BuiltGuide built = build(dir, Optional.empty());
        assertThat(built.errors()).isEmpty();
        assertThat(built.warnings()).allSatisfy(BuiltGuide::assertPlainWords)
                .extracting(w -> BuiltGuide.where(dir, w) + " " + w.message()).containsExactly(
                        "content/chapters/second-steps.md:5:10 'Draft summary' is a placeholder left by 'new chapter'",
                        "content/chapters/second-steps.md:8:5 'Draft objective' is a placeholder left by 'new chapter'",
                        "content/chapters/second-steps.md:10:15 'Draft review' is a placeholder left by 'new chapter'",
                        "content/chapters/second-steps.md:11:13 'Draft model' is a placeholder left by 'new chapter'",
                        "content/chapters/second-steps.md:13:4 'Draft section' is a placeholder left by 'new chapter'",
                        "content/chapters/second-steps.md:15:1 'Draft text' is a placeholder left by 'new chapter'");
        Document page = built.page("chapters/second-steps.html");
        assertThat(page.select("h1").text()).isEqualTo("Second steps");
        assertThat(page.select(".summary").text()).startsWith("Draft summary");
        assertThat(page.select(".part-name").text()).isEqualTo("Getting started");
        assertThat(built.page("chapters/first-steps.html").select(".pager a[href=second-steps.html]")).isNotEmpty();
    }
}
