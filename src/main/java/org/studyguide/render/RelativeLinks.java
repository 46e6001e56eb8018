package org.studyguide.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Rewrites site-root-relative URLs ({@code /x.html}) in a page into links relative to the page, so
 * the site works opened from disk, at a domain root and under a project sub-path alike.
 */
final class RelativeLinks {
    /** The attributes that hold a URL, looked up one by one: cheaper than reading every attribute an element has. */
    private static final String[] ATTRIBUTES = {"href", "src", "action", "poster", "cite", "data-src"};
    /** At most this many page folders, and answers per folder, are remembered (see {@link #answers}). */
    private static final int MAX_FOLDERS = 64;
    private static final int MAX_ANSWERS = 8192;
    /**
     * The relative URLs already worked out, by the folder of the page they were worked out for:
     * the chapter pages share a folder and most of their links (their part's navigation, the
     * reference links, the assets), which each would otherwise work out anew.
     */
    private static final Map<String, Map<String, String>> ANSWERS = new ConcurrentHashMap<>();

    private RelativeLinks() {
    }

    /** Rewrites every root-relative URL in {@code page}, which lives at {@code path} in the site. */
    static void rewrite(Document page, String path) {
        NodeTraversor.traverse(visitor(path, Optional.empty()), page);
    }

    /**
     * The pass as a visitor of one walk over a page, which it may share with other passes that
     * leave these attributes alone: {@link #rewrite}; or, given a {@code basePath} (such as
     * {@code /guide/}), every root-relative URL starts from it instead ({@code /glossary.html} becomes
     * {@code /guide/glossary.html}), for a page served at any address, where relative links would not
     * resolve.
     */
    static Pass visitor(String path, Optional<String> basePath) {
        return new Pass(basePath.<UnaryOperator<String>>map(base -> url -> base + url.substring(1))
                .orElseGet(() -> remembered(path)));
    }

    /** The pass over one page, which {@link PagePasses} calls for each element of its walk. */
    static final class Pass implements NodeVisitor {
        private final UnaryOperator<String> rewrite;

        private Pass(UnaryOperator<String> rewrite) {
            this.rewrite = rewrite;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element element) {
                element(element);
            }
        }

        /**
         * Replaces each root-relative URL of {@code element} with {@code rewrite} of it. The few attributes are looked up by name: Jsoup's
         * attribute iterator makes an object for each attribute it hands out.
         */
        void element(Element element) {
            if (element.attributesSize() == 0) {
                return;
            }
            Attributes attributes = element.attributes();
            for (String name : ATTRIBUTES) {
                String url = attributes.get(name);
                if (isRootRelative(url)) {
                    attributes.put(name, rewrite.apply(url));
                }
            }
        }
    }

    /** {@code url}, written on the page at {@code path}, as this pass leaves it (without a base path). */
    static String fromPage(String url, String path) {
        return isRootRelative(url) ? relative(url.substring(1), folders(path)) : url;
    }

    /** Whether {@code url} starts from the site root: one slash, not a scheme-relative {@code //host}. */
    private static boolean isRootRelative(String url) {
        return url.startsWith("/") && !url.startsWith("//");
    }

    /**
     * {@link #relative} from the folder of the page at {@code path}, remembering its answers for
     * the other pages in that folder (up to a bound, past which it works each one out).
     */
    private static UnaryOperator<String> remembered(String path) {
        List<String> pageDir = folders(path);
        String folder = path.substring(0, path.lastIndexOf('/') + 1);
        Map<String, String> answers = answers(folder);
        // A folder of empty names, or with a '#' (which a URL reads as its fragment), is left to relative().
        boolean plainFolder = !folder.startsWith("/") && !folder.contains("//") && folder.indexOf('#') < 0;
        // Keyed by the URL as written, so that a link already known costs no substring.
        return url -> {
            String sameFolder = plainFolder ? inFolder(url, folder) : null;
            if (sameFolder != null) {
                return sameFolder;
            }
            String known = answers.get(url);
            if (known != null) {
                return known;
            }
            String answer = relative(url.substring(1), pageDir);
            if (answers.size() < MAX_ANSWERS) {
                answers.put(url, answer);
            }
            return answer;
        };
    }

    /**
     * What {@link #relative} gives for {@code url} from a page in {@code folder} (such as
     * {@code chapters/}, or empty for the root) when it names a file of that very folder, worked out
     * without a lookup: the text after the folder ({@code /chapters/b.html#x} gives {@code b.html#x}).
     * Null for any other URL, and for one whose file name is empty or has a slash before its fragment.
     * A chapter page's links are mostly to its neighbours, and a large guide's are too many to remember.
     */
    private static String inFolder(String url, String folder) {
        if (!url.startsWith(folder, 1)) {
            return null;
        }
        int start = folder.length() + 1;
        int hash = url.indexOf('#', start);
        int end = hash < 0 ? url.length() : hash;
        int slash = url.indexOf('/', start);
        return end == start || slash >= 0 && slash < end ? null : url.substring(start);
    }

    /** The answers remembered for pages in {@code folder}: a fresh map when too many folders are remembered. */
    private static Map<String, String> answers(String folder) {
        Map<String, String> known = ANSWERS.get(folder);
        if (known != null) {
            return known;
        }
        return ANSWERS.size() < MAX_FOLDERS ? ANSWERS.computeIfAbsent(folder, f -> new ConcurrentHashMap<>())
                : new ConcurrentHashMap<>();
    }

    /** The path from the folder {@code from} to {@code target}, both relative to the site root. */
    static String relative(String target, List<String> from) {
        String withPage = target.isEmpty() || target.startsWith("#") ? "index.html" + target : target;
        int hash = withPage.indexOf('#');
        String fragment = hash < 0 ? "" : withPage.substring(hash);
        List<String> to = List.of((hash < 0 ? withPage : withPage.substring(0, hash)).split("/"));
        int common = 0;
        while (common < from.size() && common < to.size() - 1 && from.get(common).equals(to.get(common))) {
            common++;
        }
        return "../".repeat(from.size() - common) + String.join("/", to.subList(common, to.size())) + fragment;
    }

    /** The folders a site path lies in: {@code chapters/a.html} gives {@code [chapters]}. */
    private static List<String> folders(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? List.of() : List.of(path.substring(0, slash).split("/"));
    }
}
