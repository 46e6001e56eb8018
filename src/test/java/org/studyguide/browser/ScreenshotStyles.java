package org.studyguide.browser;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Route;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stylesheets as screenshots see them: fonts pinned, and every card drawn. Cards whose drawing
 * the site leaves to the browser until they near the screen ({@code content-visibility: auto})
 * would be blank in the part of a shot below the first screen, so shots draw them all, as a reader
 * scrolling there sees them.
 * <p>
 * Fonts are pinned for screenshots only. The site names system fonts (Charter,
 * system-ui, ...), which differ from machine to machine, so the same page would draw differently on
 * a developer's machine and in CI. Every stylesheet the browser loads is rewritten on its way in:
 * each {@code font-family} becomes one of three families (serif, sans, mono, by the stack's generic
 * family) backed by the Liberation fonts that the PDFs already embed, read from the class path and
 * served from the site's own origin (so the pages' {@code font-src 'self'} still holds). The site
 * itself is unchanged.
 */
final class ScreenshotStyles {
    private static final String FOLDER = "screenshot-fonts/";
    private static final Pattern FAMILY = Pattern.compile("font-family:\\s*([^;}]+)");

    /** The families and their faces: family name, file, weight, style. */
    private static final List<Face> FACES = List.of(
            new Face("Shot Serif", "LiberationSerif-Regular.ttf", 400, "normal"),
            new Face("Shot Serif", "LiberationSerif-Bold.ttf", 700, "normal"),
            new Face("Shot Serif", "LiberationSerif-Italic.ttf", 400, "italic"),
            new Face("Shot Serif", "LiberationSerif-BoldItalic.ttf", 700, "italic"),
            new Face("Shot Sans", "LiberationSans-Regular.ttf", 400, "normal"),
            new Face("Shot Sans", "LiberationSans-Bold.ttf", 700, "normal"),
            new Face("Shot Sans", "LiberationSans-Italic.ttf", 400, "italic"),
            new Face("Shot Sans", "LiberationSans-BoldItalic.ttf", 700, "italic"),
            new Face("Shot Mono", "LiberationMono-Regular.ttf", 400, "normal"),
            new Face("Shot Mono", "LiberationMono-Bold.ttf", 700, "normal"));

    /** Where the browser's own defaults pick a font (code and form controls), the pinned ones (any site rule wins); every card drawn. */
    private static final String DEFAULTS = ":where(code, kbd, pre, samp, tt) { font-family: \"Shot Mono\"; }\n"
            + ":where(button, input, select, textarea) { font-family: \"Shot Sans\"; }\n"
            + "* { content-visibility: visible !important; }\n";

    private ScreenshotStyles() {
    }

    /**
     * A script for the page that names the first element whose text is set in a font stack that is
     * not pinned (one from a {@code font:} shorthand, say), or returns null.
     */
    static final String UNPINNED = """
            () => {
              for (const element of document.querySelectorAll('body, body *')) {
                const drawsText = [...element.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
                const family = getComputedStyle(element).fontFamily;
                if (drawsText && !family.startsWith('"Shot ')) return element.tagName + '.' + element.className + ': ' + family;
              }
              return null;
            }""";

    /** Rewrites the stylesheets and serves the fonts for every page opened in {@code context}. */
    static void install(BrowserContext context) {
        context.route("**/" + FOLDER + "*", ScreenshotStyles::serveFont);
        context.route("**/*.css", ScreenshotStyles::rewriteStylesheet);
    }

    /** The stylesheet with every font stack replaced by its pinned family, and the pinned faces declared. */
    static String pinned(String css) {
        String families = FAMILY.matcher(css).replaceAll(m -> Matcher.quoteReplacement("font-family: " + pinnedFamily(m.group(1))));
        StringBuilder faces = new StringBuilder();
        for (Face face : FACES) {
            faces.append("@font-face { font-family: \"").append(face.family()).append("\"; src: url(\"").append(FOLDER)
                    .append(face.file()).append("\"); font-weight: ").append(face.weight()).append("; font-style: ")
                    .append(face.style()).append("; }\n");
        }
        return faces + DEFAULTS + families;
    }

    /** The pinned family for a stack, by its generic family: monospace, sans-serif (or system-ui), else serif. */
    static String pinnedFamily(String stack) {
        String lower = stack.toLowerCase(Locale.ROOT);
        if (lower.contains("monospace")) {
            return "\"Shot Mono\"";
        }
        if (lower.contains("sans-serif") || lower.contains("system-ui") || !lower.contains("serif")) {
            return "\"Shot Sans\"";
        }
        return "\"Shot Serif\"";
    }

    private static void rewriteStylesheet(Route route) {
        APIResponse response;
        try {
            response = route.fetch();
        } catch (PlaywrightException e) {
            return; // the context closed while the request was on its way
        }
        route.fulfill(new Route.FulfillOptions().setResponse(response).setBody(pinned(response.text())));
    }

    private static void serveFont(Route route) {
        String url = route.request().url();
        String file = url.substring(url.lastIndexOf('/') + 1);
        if (FACES.stream().noneMatch(face -> face.file().equals(file))) {
            route.fulfill(new Route.FulfillOptions().setStatus(404));
            return;
        }
        try (InputStream in = ScreenshotStyles.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the Liberation fonts are not on the class path (openpdf-fonts-extra)");
            }
            route.fulfill(new Route.FulfillOptions().setStatus(200).setBodyBytes(in.readAllBytes())
                    .setHeaders(Map.of("content-type", "font/ttf")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Face(String family, String file, int weight, String style) {
    }
}
