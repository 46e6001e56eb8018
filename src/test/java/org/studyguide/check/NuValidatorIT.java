package org.studyguide.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studyguide.build.BuildOptions;
import org.studyguide.build.BuildResult;
import org.studyguide.build.GuideBuild;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Every page of the real guide, as {@code build} publishes it, passes the W3C Nu HTML checker
 * (the validator behind validator.w3.org/nu, run in-process) without an error. Its warnings and
 * informational messages are printed, not failed on.
 */
class NuValidatorIT {
    private static final Path PROJECT = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
    /** The checker's preset for HTML with SVG, MathML and RDFa, as validator.w3.org/nu uses. */
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    @TempDir
    static Path out;

    private static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = out.resolve("site");
        BuildResult result = GuideBuild.build(new BuildOptions(PROJECT.resolve("content"),
                Optional.of(PROJECT.resolve("templates")), site));
        assertThat(result.published()).as("the real guide builds").isTrue();
    }

    @Test
    void everyPageHasNoHtmlError() throws Exception {
        List<Path> pages = pages();
        assertThat(pages).hasSizeGreaterThan(20);
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path page : pages) {
            Messages messages = validate(page);
            errors.addAll(messages.errors);
            warnings.addAll(messages.warnings);
        }
        warnings.stream().map(w -> w.replaceFirst("^[^ ]+ ", ""))
                .collect(Collectors.groupingBy(w -> w, TreeMap::new, Collectors.counting()))
                .forEach((warning, count) -> System.out.println("Nu HTML checker: " + count + " x " + warning));
        assertThat(errors).as("errors of the Nu HTML checker").isEmpty();
    }

    @Test
    void theCheckerFindsAnErrorWhenThereIsOne() throws Exception {
        Path broken = out.resolve("broken.html");
        Files.writeString(broken, "<!doctype html><html lang=\"en\"><head><title>x</title></head>"
                + "<body><p><div>block in a paragraph</div><a href=\"a b\">space</a></body></html>");
        assertThat(validate(broken).errors).isNotEmpty();
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Messages validate(Path page) throws Exception {
        Messages messages = new Messages(site.relativize(page.toAbsolutePath()).toString());
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(HTML_SCHEMA, messages);
        validator.setUpValidatorAndParsers(messages, false, false);
        try (InputStream in = Files.newInputStream(page)) {
            InputSource source = new InputSource(in);
            source.setSystemId(page.toUri().toString());
            source.setEncoding("UTF-8");
            validator.checkHtmlInputSource(source);
        }
        return messages;
    }

    /** The checker's messages for one page, as {@code page:line:column: message}. */
    private static final class Messages implements ErrorHandler {
        private final String page;
        private final List<String> errors = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        Messages(String page) {
            this.page = page;
        }

        private String format(SAXParseException e) {
            return page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }

        @Override
        public void warning(SAXParseException e) {
            warnings.add(format(e));
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(format(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(format(e));
        }
    }
}
