package org.studyguide.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Follows everything reachable from a start page, as a reader's browser would fetch it: links,
 * stylesheets, scripts, images, icons, {@code srcset}s, CSS {@code url()}s and {@code @import}s, and
 * the scripts a script loads later. Those are found as quoted {@code "name.js"} strings in the
 * site's scripts and resolved the way the site's scripts resolve them: a bare name beside the
 * script ({@code popups.js} loads {@code popups-core.js}), a name with a folder from the site root
 * ({@code search.js} loads {@code assets/lunr.min.js}). Only URLs inside {@code scope} are
 * followed; a link to another host is the build's check stage's business.
 */
public final class SiteCrawler {
    private static final Pattern CSS_URL =
            Pattern.compile("(?i)url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\"'\\s]*))|@import\\s+[\"']([^\"']*)[\"']");
    private static final Pattern SCRIPT_NAME = Pattern.compile("[\"']([A-Za-z0-9_./-]+\\.js)[\"']");

    /** What a fetch returned: the status (404 for a missing file) and the body. */
    public record Response(int status, byte[] body) {
    }

    /** How files are fetched: over HTTP or from disk. */
    public interface Fetcher {
        /** Fetches one URL, without fragment or query. */
        Response fetch(URI url);
    }

    /**
     * Everything the crawl saw.
     *
     * @param statuses the status of every URL fetched, in the order fetched
     * @param broken   each URL that did not answer 200, with the file that refers to it
     */
    public record Result(Map<URI, Integer> statuses, List<String> broken) {
        /** The fetched URLs relative to {@code scope}, such as {@code assets/terms.js}. */
        public List<String> paths(URI scope) {
            return statuses.keySet().stream().map(url -> bare(scope).relativize(url).toString()).toList();
        }
    }

    private final URI scope;
    private final Fetcher fetcher;
    private final Map<URI, Integer> statuses = new LinkedHashMap<>();
    private final List<String> broken = new ArrayList<>();
    private final Deque<URI[]> queue = new ArrayDeque<>();

    private SiteCrawler(URI scope, Fetcher fetcher) {
        this.scope = bare(scope);
        this.fetcher = fetcher;
    }

    /**
     * Crawls from {@code start}, which may answer {@code startStatus} (404 for a missing page, whose
     * body is the site's 404 page); every other URL must answer 200.
     */
    public static Result crawl(URI start, int startStatus, URI scope, Fetcher fetcher) {
        SiteCrawler crawler = new SiteCrawler(scope, fetcher);
        URI url = bare(start);
        Response first = fetcher.fetch(url);
        crawler.statuses.put(url, first.status());
        if (first.status() != startStatus) {
            crawler.broken.add(first.status() + " " + url + " (the start page)");
        }
        crawler.follow(url, first.body());
        crawler.drain();
        return new Result(crawler.statuses, crawler.broken);
    }

    /** Fetches over HTTP, as a browser on the same machine would. */
    public static Fetcher overHttp() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return url -> {
            try {
                HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(url)
                        .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofByteArray());
                return new Response(response.statusCode(), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        };
    }

    /** Reads {@code file:} URLs from disk: a missing file, or a folder, counts as 404. */
    public static Fetcher fromDisk() {
        return url -> {
            Path file = Path.of(url);
            try {
                return Files.isRegularFile(file) ? new Response(200, Files.readAllBytes(file)) : new Response(404, new byte[0]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private void drain() {
        while (!queue.isEmpty()) {
            URI[] next = queue.removeFirst();
            URI url = next[0];
            if (statuses.containsKey(url)) {
                continue;
            }
            Response response = fetcher.fetch(url);
            statuses.put(url, response.status());
            if (response.status() != 200) {
                broken.add(response.status() + " " + url + " (from " + next[1] + ")");
            } else {
                follow(url, response.body());
            }
        }
    }

    private void follow(URI url, byte[] body) {
        String path = url.getPath();
        String text = new String(body, StandardCharsets.UTF_8);
        boolean html = text.regionMatches(true, 0, "<!doctype html", 0, 14);
        if (html || path.endsWith(".html")) {
            page(url, text);
        } else if (path.endsWith(".css")) {
            css(url, text);
        } else if (path.endsWith(".js")) {
            script(url, text);
        }
    }

    private void page(URI url, String html) {
        Document page = Jsoup.parse(html, url.toString());
        for (Element element : page.select("a[href], area[href], link[href]")) {
            add(url, element.attr("href"), url);
        }
        for (Element element : page.select("script[src], img[src], source[src], video[src], audio[src], iframe[src]")) {
            add(url, element.attr("src"), url);
        }
        for (Element element : page.select("img[srcset], source[srcset]")) {
            for (String candidate : element.attr("srcset").split(",")) {
                add(url, candidate.strip().split("\\s+")[0], url);
            }
        }
        page.select("[style]").forEach(element -> css(url, element.attr("style")));
        page.select("style").forEach(style -> css(url, style.data()));
    }

    private void css(URI url, String css) {
        Matcher matcher = CSS_URL.matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
        while (matcher.find()) {
            for (int group = 1; group <= matcher.groupCount(); group++) {
                if (matcher.group(group) != null && !matcher.group(group).isBlank()) {
                    add(url, matcher.group(group), url);
                }
            }
        }
    }

    private void script(URI url, String script) {
        Matcher matcher = SCRIPT_NAME.matcher(script);
        while (matcher.find()) {
            String name = matcher.group(1);
            add(name.contains("/") ? scope : url, name, url);
        }
    }

    /** Queues {@code reference}, resolved against {@code base}, when it lies inside the scope. */
    private void add(URI base, String reference, URI from) {
        String trimmed = reference.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("data:") || trimmed.startsWith("mailto:")) {
            return;
        }
        URI target;
        try {
            target = bare(base.resolve(trimmed));
        } catch (IllegalArgumentException e) {
            broken.add("malformed URL '" + reference + "' (from " + from + ")");
            return;
        }
        if (target.toString().startsWith(scope.toString())) {
            queue.addLast(new URI[] {target, from});
        }
    }

    /** The URL without query or fragment, written one way ({@code file:/x}, not {@code file:///x}). */
    private static URI bare(URI url) {
        try {
            return new URI(url.getScheme(), url.getRawAuthority() == null ? null : url.getAuthority(), url.getPath(),
                    null, null);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
