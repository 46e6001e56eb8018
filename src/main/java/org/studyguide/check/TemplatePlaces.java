package org.studyguide.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.studyguide.diag.Diagnostic;
import org.studyguide.model.Position;
import org.studyguide.print.PrintPage;
import org.studyguide.render.SiteFiles;

/**
 * Moves a problem found in what a template wrote (not in the author's Markdown) to the template:
 * the pages are not published when a build fails, so a place in them would show the author a line
 * of the previous site, or none. A stylesheet copied from {@code templates/assets/} keeps its line;
 * in a page, the text at the problem (a URL, an id) is looked up in the guide's templates and the
 * problem reported there when it is written once. Otherwise the problem names the page's template,
 * and the line and column of the rendered page in words.
 */
final class TemplatePlaces {
    private static final String BUILT_IN = "(built-in templates)";

    private final Path siteRoot;
    private final Optional<Path> userTemplates;
    /** The guide's templates by line, read only when a problem first needs placing (most builds have none). */
    private Map<Path, List<String>> templateLines;

    /**
     * @param siteRoot      the folder page positions are in (as the checker names them)
     * @param userTemplates the guide's own templates folder, if it has one
     */
    TemplatePlaces(Path siteRoot, Optional<Path> userTemplates) {
        this.siteRoot = siteRoot;
        this.userTemplates = userTemplates.filter(Files::isDirectory);
    }

    /** The diagnostic at its template's place, or as it is when it is not in a page or stylesheet of the site. */
    Diagnostic place(Diagnostic diagnostic, SiteFiles site, Optional<String> basePath) {
        Position at = diagnostic.position();
        if (!at.file().startsWith(siteRoot) || !at.hasLine()) {
            return diagnostic;
        }
        String path = siteRoot.relativize(at.file()).toString().replace(at.file().getFileSystem().getSeparator(), "/");
        if (!site.contains(path)) {
            return diagnostic;
        }
        if (path.endsWith(".css")) {
            Path copied = userTemplates.map(dir -> dir.resolve(path)).filter(Files::isRegularFile)
                    .orElse(Path.of(BUILT_IN, path));
            return moved(diagnostic, new Position(copied, at.line(), at.column()), "");
        }
        Token token = token(site.text(path), at);
        Optional<Position> written = written(token.text()).or(() -> written(asWritten(token.text(), path, basePath)))
                .map(place -> place.plusColumns(token.lead()));
        return written.map(place -> moved(diagnostic, place, ""))
                .orElseGet(() -> moved(diagnostic, Position.ofFile(template(path)),
                        " (at line " + at.line() + ", column " + at.column() + " of the page as rendered)"));
    }

    /** The template a page is rendered from: {@code chapter.ftlh} for the chapters, else the page's own name. */
    private Path template(String page) {
        String name = page.startsWith("chapters/") ? "chapter.ftlh"
                : PrintPage.isPrintPage(page) ? "print.ftlh" : page.replaceFirst("\\.html$", ".ftlh");
        return userTemplates.map(dir -> dir.resolve(name)).filter(Files::isRegularFile).orElse(Path.of(BUILT_IN, name));
    }

    /**
     * An attribute's URL as templates write it, from the site root ({@code href="/glossary.html}),
     * before the render stage made it relative to the page (or, on the 404 page, to the base path).
     */
    private static String asWritten(String token, String page, Optional<String> basePath) {
        int equals = token.indexOf("=\"");
        if (equals < 0) {
            return "";
        }
        Url url = Url.parse(token.substring(equals + 2));
        String rest = url.text().substring(url.path().length());
        Optional<String> fromRoot = switch (url.kind()) {
            case RELATIVE -> url.path().isEmpty() ? Optional.empty() : SitePaths.resolve(page, url.path());
            case ROOT_RELATIVE -> basePath.filter(url.path()::startsWith).map(base -> url.path().substring(base.length()));
            default -> Optional.empty();
        };
        return fromRoot.map(target -> token.substring(0, equals + 2) + "/" + target + rest).orElse("");
    }

    private synchronized Map<Path, List<String>> templateLines() {
        if (templateLines == null) {
            templateLines = readTemplates(userTemplates);
        }
        return templateLines;
    }

    /** The one place in the user's templates where {@code token} is written, if there is exactly one. */
    private Optional<Position> written(String token) {
        if (token.length() < 3) {
            return Optional.empty();
        }
        List<Position> found = new ArrayList<>();
        templateLines().forEach((file, lines) -> {
            for (int i = 0; i < lines.size(); i++) {
                for (int column = lines.get(i).indexOf(token); column >= 0; column = lines.get(i).indexOf(token, column + 1)) {
                    found.add(new Position(file, i + 1, column + 1));
                }
            }
        });
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * Text of a page to look for in the templates.
     *
     * @param text the text
     * @param lead how many of its characters come before the place itself (an attribute's {@code name="})
     */
    private record Token(String text, int lead) {
    }

    /** The text at a place of a page: an attribute value up to its quote, with its {@code name="}; or a tag's name. */
    private static Token token(String page, Position at) {
        List<String> lines = page.lines().toList();
        if (at.line() > lines.size()) {
            return new Token("", 0);
        }
        String line = lines.get(at.line() - 1);
        int place = Math.min(at.column() - 1, line.length());
        int start = place;
        int end = start < line.length() && line.charAt(start) == '<' ? start + 1 : start;
        while (end < line.length() && "\"'<> ".indexOf(line.charAt(end)) < 0) {
            end++;
        }
        if (start >= 2 && line.charAt(start - 1) == '"' && line.charAt(start - 2) == '=') {
            start -= 2;
            while (start > 0 && (Character.isLetterOrDigit(line.charAt(start - 1)) || line.charAt(start - 1) == '-')) {
                start--;
            }
        }
        return new Token(line.substring(start, end), place - start);
    }

    private static Diagnostic moved(Diagnostic diagnostic, Position to, String note) {
        return new Diagnostic(diagnostic.severity(), to, diagnostic.message() + note, diagnostic.hint());
    }

    private static Map<Path, List<String>> readTemplates(Optional<Path> dir) {
        Map<Path, List<String>> lines = new TreeMap<>();
        if (dir.isEmpty()) {
            return lines;
        }
        try (Stream<Path> files = Files.walk(dir.get())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ftlh") && Files.isRegularFile(f)).toList()) {
                lines.put(file, Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        } catch (IOException | UncheckedIOException e) {
            // An unreadable template has already failed the render; its problems stay at the page.
        }
        return lines;
    }
}
