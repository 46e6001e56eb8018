package org.studyguide.render;

import java.util.ArrayList;
import java.util.List;
import org.studyguide.link.LinkedGuide;
import org.studyguide.model.Chapter;
import org.studyguide.model.ItemId;
import org.studyguide.model.Markdown;
import org.studyguide.model.Ref;
import org.studyguide.model.Source;

/**
 * Builds the views of the study pages: the themes matrix ({@code themes.html}) and the exam page
 * ({@code exam.html}), and the essays shown on each chapter page.
 */
final class StudyViews {
    /** The themes page, from the site root. */
    static final String THEMES = "themes.html";
    /** The exam page, from the site root. */
    static final String EXAM = "exam.html";

    private final LinkedGuide linked;
    private final GuideLookup lookup;
    private final MarkdownHtml markdown;

    StudyViews(LinkedGuide linked, GuideLookup lookup, MarkdownHtml markdown) {
        this.linked = linked;
        this.lookup = lookup;
        this.markdown = markdown;
    }

    /** True when some chapter states the readings' stances, so the guide has a themes page. */
    static boolean hasThemes(List<Chapter> chapters) {
        return chapters.stream().anyMatch(c -> !c.stances().isEmpty());
    }

    /** True when some chapter has review questions or essays, so the guide has an exam page. */
    static boolean hasExam(List<Chapter> chapters) {
        return chapters.stream().anyMatch(c -> !c.questions().isEmpty() || !c.essays().isEmpty());
    }

    /** A chapter's essays, anchored {@code <prefix>essay-1}, {@code <prefix>essay-2}... */
    List<StudyPages.Essay> essays(Chapter chapter, String prefix) {
        List<StudyPages.Essay> essays = new ArrayList<>();
        for (Chapter.Essay essay : chapter.essays()) {
            essays.add(new StudyPages.Essay(prefix + "essay-" + (essays.size() + 1), markdown.html(essay.prompt()),
                    markdown.html(essay.outline()), essay.points().stream().map(this::inline).toList()));
        }
        return essays;
    }

    /**
     * One row per chapter with stances, one cell per reading. A cell's quotations are those of its
     * reading that the chapter embeds or links to: the chapter is the theme, so what it quotes from
     * a reading is that reading's voice on the theme.
     */
    StudyPages.ThemesPage themes() {
        List<Source> readings = linked.guide().sources().stream().filter(Source::isReading).toList();
        List<StudyPages.ThemeRow> rows = new ArrayList<>();
        for (Chapter chapter : linked.guide().chapters()) {
            if (chapter.stances().isEmpty()) {
                continue;
            }
            List<ItemId> quotes = linked.usesOf(new ItemId(Ref.Kind.CHAPTER, chapter.id())).stream()
                    .filter(item -> item.kind() == Ref.Kind.QUOTE).toList();
            List<StudyPages.ThemeCell> cells = readings.stream()
                    .map(reading -> cell(chapter, reading, quotes)).toList();
            rows.add(new StudyPages.ThemeRow("theme-" + chapter.id(),
                    lookup.link(new ItemId(Ref.Kind.CHAPTER, chapter.id())), cells));
        }
        List<Views.Link> columns = readings.stream().map(r -> lookup.link(new ItemId(Ref.Kind.SOURCE, r.id()))).toList();
        return new StudyPages.ThemesPage("Themes across the readings", columns, rows);
    }

    private StudyPages.ThemeCell cell(Chapter chapter, Source reading, List<ItemId> chapterQuotes) {
        String stance = chapter.stances().stream().filter(s -> s.reading().id().equals(reading.id())).findFirst()
                .map(s -> inline(s.text())).orElse("");
        List<ItemId> quotes = chapterQuotes.stream()
                .filter(item -> lookup.quoteById(item.id()).filter(q -> q.source().id().equals(reading.id())).isPresent())
                .toList();
        return new StudyPages.ThemeCell(reading.title(), stance, lookup.links(quotes));
    }

    /** Every chapter with review questions or essays, in reading order. */
    StudyPages.ExamPage exam() {
        List<StudyPages.ExamChapter> chapters = new ArrayList<>();
        for (Chapter chapter : linked.guide().chapters()) {
            if (chapter.questions().isEmpty() && chapter.essays().isEmpty()) {
                continue;
            }
            String id = "exam-" + chapter.id();
            List<StudyPages.ExamQuestion> questions = new ArrayList<>();
            for (Chapter.Question q : chapter.questions()) {
                questions.add(new StudyPages.ExamQuestion(id + "-q" + (questions.size() + 1),
                        markdown.html(q.question()), markdown.html(q.answer())));
            }
            chapters.add(new StudyPages.ExamChapter(id, lookup.link(new ItemId(Ref.Kind.CHAPTER, chapter.id())),
                    questions, essays(chapter, id + "-")));
        }
        return new StudyPages.ExamPage("Exam practice", chapters);
    }

    private String inline(Markdown text) {
        return markdown.inline(text);
    }
}
