package org.studyguide.markdown;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of callout, written {@code > [!KIND]}: GitHub's five alerts and three for a study guide.
 * Each has the title shown when the author gives none.
 */
public enum CalloutKind {
    NOTE("Note"),
    TIP("Tip"),
    IMPORTANT("Important"),
    WARNING("Warning"),
    CAUTION("Caution"),
    /** Where the guide corrects or questions a reading. */
    CORRECTION("Reading critically"),
    /** Facts beyond the readings, cited to a document. */
    CONTEXT("Beyond the readings"),
    /** Advice for the exam. */
    EXAM("Exam tip");

    private final String title;

    CalloutKind(String title) {
        this.title = title;
    }

    /** The title shown when the author gives none, such as "Reading critically". */
    public String title() {
        return title;
    }

    /** The kind's modifier class, such as {@code callout--correction}. */
    public String cssClass() {
        return "callout--" + name().toLowerCase(Locale.ROOT);
    }

    /** The kind written {@code word}, ignoring case as GitHub does. */
    public static Optional<CalloutKind> of(String word) {
        return Arrays.stream(values()).filter(kind -> kind.name().equalsIgnoreCase(word)).findFirst();
    }

    /** Every kind as written, for hints. */
    static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
