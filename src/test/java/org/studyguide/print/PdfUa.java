package org.studyguide.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Validates a PDF against PDF/UA-1 with veraPDF (its Greenfield parser, in-process). */
final class PdfUa {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUa() {
    }

    /**
     * The PDF/UA-1 rules {@code pdf} fails, each as "clause-test: description" with the number of
     * its failed checks and the first context; empty when it conforms.
     */
    static List<String> failures(Path pdf) {
        try (InputStream in = Files.newInputStream(pdf);
                PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, String> byRule = new TreeMap<>();
            Map<String, Integer> counts = new TreeMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + ": " + assertion.getMessage();
                    byRule.putIfAbsent(rule, assertion.getLocation().getContext());
                    counts.merge(rule, 1, Integer::sum);
                }
            }
            return byRule.entrySet().stream()
                    .map(e -> e.getKey() + " (" + counts.get(e.getKey()) + "x, first at " + e.getValue() + ")")
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) { // veraPDF's parsing and validation exceptions, and its parser's close()
            throw new IllegalStateException("veraPDF failed on " + pdf, e);
        }
    }
}
