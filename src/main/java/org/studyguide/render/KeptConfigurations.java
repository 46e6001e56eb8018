package org.studyguide.render;

import freemarker.template.Configuration;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Freemarker configurations, with the templates they parsed, kept from one build to the next in the
 * same JVM (a build daemon's), so that a build that finds the guide's templates folder exactly as an
 * earlier build found it does not parse its templates again. Each is kept under the snapshot of the
 * folder its first build found, and handed out again only to a build that finds the same snapshot,
 * and only while every file its loader read is in that snapshot with the same bytes (so that it
 * holds no template read from a folder that differed) and none of its templates failed (Freemarker
 * keeps a failure and would report it otherwise than a fresh configuration does). Only the last few
 * are kept: a daemon may build a few guides in turn.
 */
final class KeptConfigurations {
    private static final int MOST = 4;
    private static final Map<TemplateSnapshot, Entry> KEPT = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<TemplateSnapshot, Entry> eldest) {
            return size() > MOST;
        }
    };

    private KeptConfigurations() {
    }

    /**
     * A configuration for the templates in {@code folder} (or the built-in ones only): a kept one
     * when the folder is as one was made for, else {@code fresh}'s, whose loader of the folder is
     * {@code loader}, kept for later builds when the folder's snapshot can be taken.
     */
    static Entry of(Optional<Path> folder, Optional<ConfinedTemplateLoader> loader, Supplier<Configuration> fresh) {
        Optional<TemplateSnapshot> snapshot = TemplateSnapshot.of(folder);
        Optional<Entry> kept = snapshot.flatMap(KeptConfigurations::find);
        if (kept.isPresent()) {
            return kept.get();
        }
        Entry made = new Entry(fresh.get(), loader, snapshot);
        snapshot.ifPresent(taken -> keep(taken, made));
        return made;
    }

    private static synchronized Optional<Entry> find(TemplateSnapshot snapshot) {
        Entry entry = KEPT.get(snapshot);
        if (entry != null && !entry.sound()) {
            KEPT.remove(snapshot);
            return Optional.empty();
        }
        return Optional.ofNullable(entry);
    }

    private static synchronized void keep(TemplateSnapshot snapshot, Entry entry) {
        KEPT.put(snapshot, entry);
    }

    private static synchronized void drop(TemplateSnapshot snapshot, Entry entry) {
        KEPT.remove(snapshot, entry);
    }

    /** A configuration, with what it was made for. */
    static final class Entry {
        private final Configuration configuration;
        private final Optional<ConfinedTemplateLoader> loader;
        private final Optional<TemplateSnapshot> snapshot;
        private volatile boolean failed;

        private Entry(Configuration configuration, Optional<ConfinedTemplateLoader> loader,
                Optional<TemplateSnapshot> snapshot) {
            this.configuration = configuration;
            this.loader = loader;
            this.snapshot = snapshot;
        }

        Configuration configuration() {
            return configuration;
        }

        /** Hands it out no more: a template of it failed (to load, or to render, to be safe). */
        void failed() {
            failed = true;
            snapshot.ifPresent(taken -> drop(taken, this));
        }

        private boolean sound() {
            return !failed && loader.map(read -> snapshot.orElseThrow().holds(read.read())).orElse(true);
        }
    }
}
