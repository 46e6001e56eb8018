package org.studyguide.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.studyguide.diag.Diagnostics;
import org.studyguide.diag.IoProblems;
import org.studyguide.model.Guide;
import org.studyguide.model.Position;
import org.studyguide.model.Quote;
import org.studyguide.model.Source;

/**
 * The quotation check: every quotation whose reading has a text file ({@code <reading id>.txt} in
 * the source-texts folder) must be found in it verbatim, as {@link QuoteMatcher} defines it. A
 * quotation that is not found is an error at its {@code text} in {@code quotes.yml}, with the
 * closest passage of the reading and the first difference.
 */
public final class QuoteVerifier {
    private QuoteVerifier() {
    }

    /**
     * Verifies the guide's quotations against the texts in {@code textsDir}; returns how many were
     * verified. A quotation without text or whose reading is missing or unknown is left alone: that
     * mistake is reported once, where it was made, not again as a missing text file.
     */
    public static int verify(Guide guide, Path textsDir, Diagnostics diagnostics) {
        Map<String, Optional<ReadingText>> readings = new HashMap<>();
        // Only readings have texts: a quotation from a document is an error of the link stage, and one
        // without text or with an unknown reading has its own error already.
        Set<String> readingIds = guide.sources().stream().filter(Source::isReading).map(Source::id)
                .collect(Collectors.toSet());
        int verified = 0;
        for (Quote quote : guide.quotes()) {
            if (quote.text().isEmpty() || !readingIds.contains(quote.source().id())) {
                continue;
            }
            Optional<ReadingText> reading = readings.computeIfAbsent(quote.source().id(),
                    id -> read(textsDir.resolve(id + ".txt"), quote.source().position(), diagnostics));
            if (reading.isEmpty()) {
                continue;
            }
            Optional<QuoteMatcher.Mismatch> mismatch = QuoteMatcher.match(quote.text(), reading.get());
            if (mismatch.isEmpty()) {
                verified++;
            } else {
                QuoteMatcher.Mismatch m = mismatch.get();
                diagnostics.error(quote.textPosition(), "quotation '" + quote.id() + "' is not found in "
                                + textsDir.resolve(quote.source().id() + ".txt").getFileName(),
                        m.difference() + "; the closest passage is: \"" + abbreviate(m.closestPassage()) + "\"");
            }
        }
        return verified;
    }

    private static Optional<ReadingText> read(Path file, Position usedAt, Diagnostics diagnostics) {
        if (!Files.isRegularFile(file)) {
            diagnostics.warning(usedAt, "no text for this reading at " + file + ", so its quotations are not verified",
                    Optional.of("put the reading's plain text there, named after the reading's id"));
            return Optional.empty();
        }
        try {
            return Optional.of(ReadingText.of(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            diagnostics.error(Position.ofFile(file), "cannot read the reading's text: " + IoProblems.describe(e));
            return Optional.empty();
        }
    }

    private static String abbreviate(String passage) {
        return passage.length() <= 240 ? passage : passage.substring(0, 237) + "...";
    }
}
