package org.studyguide.render;

import java.util.List;

/**
 * The view records of the study pages (the themes matrix and the exam page) and of a chapter's
 * essays, kept beside {@link Views} and following its rules: plain data for one page each; fields
 * ending in {@code Html} hold rendered, already-escaped markup; every other string is text the
 * template escapes.
 */
public final class StudyPages {
    private StudyPages() {
    }

    /**
     * An essay prompt with its outline answer and marking points.
     *
     * @param id the prompt's anchor on its page, such as {@code essay-1}
     */
    public record Essay(String id, String promptHtml, String outlineHtml, List<String> pointsHtml) {
    }

    /**
     * The themes page: one row per chapter that states the readings' stances, one column per reading.
     *
     * @param readings the columns, in the order of {@code sources.yml}
     */
    public record ThemesPage(String title, List<Views.Link> readings, List<ThemeRow> rows) {
    }

    /**
     * One theme: a chapter and each reading's stance on it, in the order of the columns.
     *
     * @param id the row's anchor, such as {@code theme-enlargement}
     */
    public record ThemeRow(String id, Views.Link chapter, List<ThemeCell> cells) {
    }

    /**
     * One reading's stance on one theme.
     *
     * @param reading   the reading's title, which labels the cell when the table is shown as a list
     * @param stanceHtml the stance; empty when the reading is silent on the theme
     * @param quotes    the reading's quotations that the theme's chapter embeds or links to
     */
    public record ThemeCell(String reading, String stanceHtml, List<Views.Link> quotes) {
    }

    /** The exam page: every review question and essay prompt of the guide, by chapter. */
    public record ExamPage(String title, List<ExamChapter> chapters) {
    }

    /**
     * One chapter's questions and essays on the exam page.
     *
     * @param id the chapter's anchor on the page, such as {@code exam-enlargement}
     */
    public record ExamChapter(String id, Views.Link chapter, List<ExamQuestion> questions, List<Essay> essays) {
    }

    /**
     * A review question on the exam page.
     *
     * @param id its anchor, such as {@code exam-enlargement-q1}
     */
    public record ExamQuestion(String id, String questionHtml, String answerHtml) {
    }
}
