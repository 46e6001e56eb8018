package org.studyguide.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.studyguide.load.LinkSchemes;

/**
 * Scans a built site for what an injection would leave: a script that is not one of the site's
 * own files, an event-handler attribute ({@code on...}), an element that loads or frames other
 * content, an address with a scheme outside the allow-list, and a CSV cell a spreadsheet would
 * run as a formula. Each finding names its page.
 */
public final class PageScan {
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "poster",
            "data", "xlink:href", "background", "cite", "srcdoc");
    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("iframe", "frame", "object", "embed", "base",
            "applet");

    private PageScan() {
    }

    /** Every finding in the site under {@code site}; empty when it is clean. */
    public static List<String> findings(Path site) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = site.relativize(file).toString();
                if (name.endsWith(".html")) {
                    page(site, file, name, found);
                } else if (name.endsWith(".csv")) {
                    csv(file, name, found);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static void page(Path site, Path file, String name, List<String> found) throws IOException {
        Document page = Jsoup.parse(file.toFile(), StandardCharsets.UTF_8.name());
        for (Element element : page.getAllElements()) {
            String tag = element.normalName();
            if (FORBIDDEN_ELEMENTS.contains(tag)) {
                found.add(name + ": <" + tag + "> element");
            }
            if (tag.equals("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh")) {
                found.add(name + ": <meta http-equiv=refresh>");
            }
            if (tag.equals("script")) {
                script(site, file, name, element, found);
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(java.util.Locale.ROOT);
                if (key.startsWith("on")) {
                    found.add(name + ": event handler " + key + "=\"" + attribute.getValue() + "\"");
                }
                if (URL_ATTRIBUTES.contains(key)) {
                    LinkSchemes.refused(attribute.getValue()).ifPresent(scheme ->
                            found.add(name + ": " + key + " with scheme " + scheme + ": " + attribute.getValue()));
                }
            }
        }
    }

    /** Only the site's own script files: no inline code, no script from elsewhere. */
    private static void script(Path site, Path file, String name, Element script, List<String> found) {
        String src = script.attr("src");
        if (!script.data().isBlank() && !script.attr("type").equals("application/json")) {
            found.add(name + ": inline script " + script.data().strip());
        }
        if (!src.isEmpty() && !isSiteFile(site, file, src.replaceFirst("[?#].*$", ""))) {
            found.add(name + ": script from outside the site: " + src);
        }
    }

    /**
     * True when {@code src} names a file of the site: relative to the page, or root-relative under
     * the site's base path (the 404 page links that way, being served at any address).
     */
    private static boolean isSiteFile(Path site, Path page, String src) {
        if (src.contains(":") || src.startsWith("//")) {
            return false;
        }
        if (!src.startsWith("/")) {
            Path target = page.getParent().resolve(src).normalize();
            return target.startsWith(site) && Files.isRegularFile(target);
        }
        String[] segments = src.substring(1).split("/");
        for (int skip = 0; skip < segments.length; skip++) {
            Path target = site.resolve(String.join("/", Arrays.copyOfRange(segments, skip, segments.length))).normalize();
            if (target.startsWith(site) && Files.isRegularFile(target)) {
                return true;
            }
        }
        return false;
    }

    /** Anki CSV: no cell may start as a spreadsheet formula. */
    private static void csv(Path file, String name, List<String> found) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                continue;
            }
            for (String cell : line.split(",", -1)) {
                String value = cell.startsWith("\"") ? cell.substring(1) : cell;
                if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
                    found.add(name + ": a cell starts a formula: " + cell);
                }
            }
        }
    }
}
