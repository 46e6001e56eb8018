package org.studyguide.render;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.studyguide.model.GuideInfo;
import org.studyguide.print.PrintPage;

/**
 * The files that GitHub Pages and search engines look for beside the pages: {@code .nojekyll}
 * (serve the files as they are, without Jekyll), {@code robots.txt}, and, when the public address
 * is known, {@code sitemap.xml}; {@code CNAME} when the guide names a custom domain. Nothing in them
 * depends on the time of the build, so builds stay byte-identical.
 */
final class PagesFiles {
    /** The sitemap's file name. */
    static final String SITEMAP = "sitemap.xml";

    private PagesFiles() {
    }

    /** Adds the files to a rendered site whose pages are all in {@code files} already. */
    static void addTo(Map<String, byte[]> files, GuideInfo info) {
        files.put(".nojekyll", new byte[0]);
        String sitemapLine = info.baseUrl().map(base -> "\nSitemap: " + base + SITEMAP + "\n").orElse("");
        files.put("robots.txt", utf8("User-agent: *\nDisallow:\n" + sitemapLine));
        info.baseUrl().ifPresent(base -> files.put(SITEMAP, utf8(sitemap(base, pages(files)))));
        info.cname().ifPresent(domain -> files.put("CNAME", utf8(domain + "\n")));
    }

    /** The public address of a page: the base URL itself for the home page. */
    static String pageUrl(String baseUrl, String path) {
        return path.equals("index.html") ? baseUrl : baseUrl + path;
    }

    /** The pages a search engine should know: all but the 404 page and the print pages, the home page first. */
    private static List<String> pages(Map<String, byte[]> files) {
        return files.keySet().stream()
                .filter(SiteFiles::isHtml)
                .filter(path -> !path.equals(Urls.NOT_FOUND) && !PrintPage.isPrintPage(path))
                .sorted(Comparator.comparing((String path) -> !path.equals("index.html")).thenComparing(path -> path))
                .toList();
    }

    private static String sitemap(String baseUrl, List<String> pages) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : pages) {
            xml.append("  <url><loc>").append(escape(pageUrl(baseUrl, page))).append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&apos;");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
