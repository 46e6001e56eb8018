package org.studyguide.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.studyguide.build.BuildOptions;
import org.studyguide.build.GuideBuild;
import org.studyguide.publish.PublishException;

/**
 * The real guide built into a temporary folder, served on 127.0.0.1 under a project-pages path, with
 * a browser: everything a browser test class needs, opened once per class and closed after it.
 */
public final class ServedGuide implements AutoCloseable {
    /** The sub-path the site is served under, as on GitHub project pages. */
    public static final String BASE = "/nato-russia-guide/";
    private static final Path PROJECT = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();

    private final Path site;
    private final SiteServer server;
    private final BrowserSession session;

    private ServedGuide(Path site, SiteServer server, BrowserSession session) {
        this.site = site;
        this.server = server;
        this.session = session;
    }

    /** Builds the real guide into {@code dir}/site, serves it and starts the browser. */
    public static ServedGuide start(Path dir) {
        Path site = dir.resolve("site");
        try {
            GuideBuild.build(new BuildOptions(PROJECT.resolve("content"), Optional.of(PROJECT.resolve("templates")), site));
            if (!Files.exists(site.resolve("index.html"))) {
                throw new IllegalStateException("the real guide did not build; run ./mvnw verify to see why");
            }
            return new ServedGuide(site, SiteServer.start(site, BASE), BrowserSession.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PublishException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The page's URL on the loopback server. */
    public String url(String page) {
        return server.url(page);
    }

    /** The page's {@code file://} URL, as when the site is opened from disk. */
    public String fileUrl(String page) {
        return site.resolve(page).toUri().toString();
    }

    /** The built site folder. */
    public Path site() {
        return site;
    }

    /** The browser. */
    public BrowserSession session() {
        return session;
    }

    @Override
    public void close() {
        session.close();
        server.close();
    }
}
