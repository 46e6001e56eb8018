package org.studyguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Route;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.studyguide.build.BuildOptions;
import org.studyguide.build.GuideBuild;
import org.studyguide.testing.BrowserSession;
import org.studyguide.testing.SiteServer;

/**
 * The real guide, built and served on 127.0.0.1 under a sub-path, opened in tabs that each get a
 * fresh context (so fresh localStorage), are served with the site's strict Content-Security-Policy,
 * and record every script error, console error (a CSP violation is one) and request to another host.
 */
final class RecordingGuide implements AutoCloseable {
    /** The policy every page must live with. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

    private static final Path PROJECT = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();

    private final Path site;
    private final SiteServer server;
    private final BrowserSession session;

    private RecordingGuide(Path site, SiteServer server, BrowserSession session) {
        this.site = site;
        this.server = server;
        this.session = session;
    }

    /** Builds the guide in {@code content/} into {@code out} and serves it. */
    static RecordingGuide start(Path out) throws Exception {
        Path site = out.resolve("site");
        GuideBuild.build(new BuildOptions(PROJECT.resolve("content"), Optional.of(PROJECT.resolve("templates")), site));
        SiteServer server = SiteServer.start(site, "/nato-russia-guide/");
        return new RecordingGuide(site, server, BrowserSession.start());
    }

    /** Opens a page of the site in a new context. */
    Tab open(String page) {
        return open(page, new Browser.NewContextOptions());
    }

    /** Opens a page of the site in a new context with {@code options} (such as JavaScript off). */
    Tab open(String page, Browser.NewContextOptions options) {
        BrowserContext context = session.browser().newContext(options);
        context.route("**/*", RecordingGuide::withPolicy);
        return Tab.of(context, server.url(page));
    }

    /** Opens a page of the built site from disk, through a {@code file:} URL. */
    Tab openFromDisk(String page) {
        return Tab.of(session.browser().newContext(), site.resolve(page).toUri().toString());
    }

    /** Answers a request as the server does, with the site's strict Content-Security-Policy as a header. */
    static void withPolicy(Route route) {
        APIResponse response;
        try {
            response = route.fetch();
        } catch (PlaywrightException e) {
            // The context closed while a request was on its way (a reload that started as a test
            // ended): nothing is waiting for the answer any more.
            return;
        }
        Map<String, String> headers = new HashMap<>(response.headers());
        headers.put("content-security-policy", CSP);
        route.fulfill(new Route.FulfillOptions().setResponse(response).setHeaders(headers));
    }

    @Override
    public void close() {
        session.close();
        server.close();
    }

    /** One page in its own browser context, with the problems seen so far. */
    record Tab(BrowserContext context, Page page, List<String> problems) implements AutoCloseable {
        static Tab of(BrowserContext context, String url) {
            List<String> problems = new CopyOnWriteArrayList<>();
            context.onRequest(request -> {
                String host = URI.create(request.url()).getHost();
                if (host != null && !host.equals("127.0.0.1")) {
                    problems.add("request to another host: " + request.url());
                }
            });
            Page page = context.newPage();
            page.onConsoleMessage(message -> {
                if (message.type().equals("error")) {
                    problems.add("console error: " + message.text());
                }
            });
            page.onPageError(error -> problems.add("script error: " + error));
            page.navigate(url);
            return new Tab(context, page, problems);
        }

        /** Fails when the page logged an error, broke the policy or asked another host for anything. */
        void assertNoProblems() {
            assertThat(problems).as("problems on " + page.url()).isEmpty();
        }

        @Override
        public void close() {
            // Requests still on their way (the page a test ended on may still be loading) would
            // otherwise reach withPolicy's route while the context closes, and the route's answer
            // to a closing context made close() itself fail now and then on a busy machine.
            context.unrouteAll();
            context.close();
        }
    }
}
