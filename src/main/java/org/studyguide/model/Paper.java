package org.studyguide.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The paper size of the guide's PDFs, chosen with {@code paper} in {@code guide.yml}.
 *
 * @param widthMm  the page width in millimetres
 * @param heightMm the page height in millimetres
 */
public enum Paper {
    /** ISO A4, 210 × 297 mm: the default. */
    A4(210f, 297f),
    /** US Letter, 8.5 × 11 in. */
    LETTER(215.9f, 279.4f);

    private final float widthMm;
    private final float heightMm;

    Paper(float widthMm, float heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /** The page width in millimetres. */
    public float widthMm() {
        return widthMm;
    }

    /** The page height in millimetres. */
    public float heightMm() {
        return heightMm;
    }

    /** The name written in {@code guide.yml}: {@code a4} or {@code letter}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The paper a {@code guide.yml} value names, ignoring case. */
    public static Optional<Paper> of(String key) {
        return Arrays.stream(values()).filter(p -> p.key().equalsIgnoreCase(key)).findFirst();
    }
}
