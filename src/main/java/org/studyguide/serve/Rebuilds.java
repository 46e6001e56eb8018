package org.studyguide.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.studyguide.publish.PublishException;

/**
 * Runs the preview's builds one after another and reports each to the terminal and the open pages.
 * A build that fails in any way, even by running out of stack on deeply nested content, is reported
 * in one line; the preview keeps serving the last good site and builds the next change afresh.
 */
final class Rebuilds {
    private static final String STILL_SERVING = "; still serving the last good site";

    private final Rebuilder rebuilder;
    private final Terminal terminal;
    private final LiveReload live;
    private final EarlyFetch fetches;

    Rebuilds(Rebuilder rebuilder, Terminal terminal, LiveReload live, EarlyFetch fetches) {
        this.rebuilder = rebuilder;
        this.terminal = terminal;
        this.live = live;
        this.fetches = fetches;
    }

    /**
     * The first build; errors in the guide, or a failure, are reported like any other and the
     * server starts all the same.
     *
     * @throws PublishException when the output folder cannot be written, so there is nothing to serve
     */
    void first() throws PublishException {
        run("", () -> {
            Outcome outcome = rebuilder.buildAll();
            terminal.built(outcome);
            if (!outcome.succeeded()) {
                live.problems(terminal.report(outcome));
            }
        });
    }

    /**
     * Rebuilds after a burst of changes, writing nothing unless {@code settled} says it is over;
     * called on the watcher's thread, so rebuilds never overlap.
     */
    void changed(Set<Path> paths, BooleanSupplier settled) {
        try {
            Set<Path> saved = ScratchFiles.without(paths);
            List<String> early = new ArrayList<>();
            run(" after " + Terminal.shown(saved) + " changed", () -> rebuilder.rebuild(paths, settled, served -> {
                early.addAll(served.written());
                boolean listening = live.clients() > 0;
                if (listening) {
                    fetches.expect(served.written());
                }
                live.reload(served.written());
                if (listening) {
                    fetches.await();
                }
            }).ifPresent(outcome -> {
                terminal.rebuilt(outcome, saved);
                if (!outcome.succeeded()) {
                    live.problems(terminal.report(outcome));
                } else if (early.isEmpty()) {
                    live.reload(outcome.changes().written());
                } else {
                    reloadUnlessEmpty(outcome.changes().written().stream().filter(p -> !early.contains(p)).toList());
                }
            }));
        } catch (PublishException e) {
            rebuilder.forget();
            failed(e.getMessage() + STILL_SERVING);
        }
    }

    /** Pages reload after the early pages only for what changed since; an empty list would reload every page. */
    private void reloadUnlessEmpty(List<String> written) {
        if (!written.isEmpty()) {
            live.reload(written);
        }
    }

    /** Catches everything else, errors included: one failed build must never stop the preview. */
    private void run(String after, Build build) throws PublishException {
        try {
            build.run();
        } catch (PublishException e) {
            throw e;
        } catch (StackOverflowError e) {
            rebuilder.forget();
            failed("the guide could not be built" + after + ": something is nested too deeply (a list, quotation"
                    + " or YAML block inside thousands of others?); fix it and save again" + STILL_SERVING);
        } catch (Throwable e) {
            rebuilder.forget();
            String message = e.getMessage() == null ? "" : ": " + e.getMessage();
            failed("internal error while building" + after + " (" + e.getClass().getSimpleName() + message
                    + "); please report this" + STILL_SERVING);
        }
    }

    private void failed(String message) {
        terminal.failed(message);
        live.problems("studyguide: " + message);
    }

    /** One build and its report. */
    @FunctionalInterface
    private interface Build {
        void run() throws PublishException;
    }
}
