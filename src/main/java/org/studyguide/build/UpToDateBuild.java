package org.studyguide.build;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.studyguide.build.BuildManifest.ReadFolder;
import org.studyguide.cache.FolderDigest;
import org.studyguide.cache.LastChange;
import org.studyguide.cache.SiteListing;
import org.studyguide.publish.PublishException;

/**
 * A build that does nothing when nothing has changed, as Make and Gradle do: when every input that
 * decides the site ({@link BuildInputs}, and the readings' texts the last build read) is as it was at
 * the last successful build into the same output folder, and that folder is exactly as the build
 * left it ({@link SiteListing}), the site is left alone and the last build's report is given again,
 * warnings and all. Anything else is a full build, which records a new {@link BuildManifest} in the
 * cache folder once it has published. Without a cache folder every build is a full one.
 */
public final class UpToDateBuild {
    /** The stage {@code --timings} shows when the build was skipped. */
    public static final String SKIPPED_STAGE = "up-to-date";
    /**
     * The environment variable that, set to anything but the empty text, makes every build a full one
     * (still recording a manifest and using the PDF cache): the launcher sets it for the build it
     * records the JVM's class cache from, which must load the classes a real build needs.
     */
    public static final String FULL_BUILD_VARIABLE = "STUDYGUIDE_FULL_BUILD";
    /**
     * A folder read in a build counts only when nothing in it changed this long before the build
     * began: file times come from a coarser clock than the build's, and a text saved just then may
     * have been read by the build before or after the change.
     */
    private static final Duration CLOCK_SLACK = Duration.ofSeconds(2);
    /** Stands for a digest not known; no folder's digest is equal to it. */
    private static final String UNKNOWN = "unknown";

    private UpToDateBuild() {
    }

    /** Whether the environment allows skipping a build (see {@link #FULL_BUILD_VARIABLE}). */
    public static boolean mayBeSkipped(Map<String, String> environment) {
        return environment.getOrDefault(FULL_BUILD_VARIABLE, "").isEmpty();
    }

    /**
     * Builds the guide as {@link GuideBuild#build} does, unless it may be skipped and nothing changed.
     *
     * @param mayBeSkipped false to always build in full (and record a manifest)
     * @throws PublishException as {@link GuideBuild#build} does
     */
    public static BuildResult build(BuildOptions options, boolean mayBeSkipped) throws PublishException {
        if (options.cache().isEmpty()) {
            return GuideBuild.build(options);
        }
        StageTimes times = new StageTimes();
        Instant started = Instant.now();
        ManifestStore store = ManifestStore.of(options.cache().get(), options.out());
        Optional<String> inputs = BuildInputs.digest(options);
        Optional<BuildManifest> last = store.read();
        Map<String, Optional<String>> readBefore = new HashMap<>();
        last.ifPresent(manifest -> manifest.read().forEach(f -> readBefore.put(f.path(), FolderDigest.of(Path.of(f.path())))));
        String why = whyNotSkipped(mayBeSkipped, inputs, last, readBefore, options.out());
        if (why.isEmpty()) {
            times.lap(SKIPPED_STAGE, "nothing changed since the last build; nothing written");
            BuildManifest.Report report = last.orElseThrow().report();
            return new BuildResult(report.diagnostics(), report.pages(), report.pdfs(), report.chapters(),
                    report.terms(), report.quotes(), report.verified() < 0 ? Optional.empty()
                            : Optional.of(report.verified()), true, times.elapsed(), times.stages());
        }
        times.lap("inputs", why);
        List<StageTimes.Stage> recording = new ArrayList<>();
        BuildResult built = GuideBuild.build(options, (result, texts) -> {
            long start = System.nanoTime();
            if (inputs.isPresent()) {
                List<ReadFolder> read = options.sources().isPresent() ? List.of()
                        : texts.map(folder -> List.of(readFolder(folder, readBefore, started))).orElse(List.of());
                SiteListing.of(options.out()).ifPresent(site -> store.write(
                        new BuildManifest(store.out(), inputs.get(), read, BuildManifest.Report.of(result), site)));
            }
            recording.add(new StageTimes.Stage("manifest", Duration.ofNanos(System.nanoTime() - start)));
        });
        List<StageTimes.Stage> stages = new ArrayList<>(times.stages());
        stages.addAll(built.timings());
        stages.addAll(recording);
        return new BuildResult(built.diagnostics(), built.pages(), built.pdfs(), built.chapters(), built.terms(),
                built.quotes(), built.verified(), built.published(), times.elapsed(), List.copyOf(stages));
    }

    /** Why the build cannot be skipped, in a few words for {@code --timings}; empty when it can. */
    private static String whyNotSkipped(boolean mayBeSkipped, Optional<String> inputs, Optional<BuildManifest> last,
            Map<String, Optional<String>> readNow, Path out) {
        if (!mayBeSkipped) {
            return "a full build was asked for";
        }
        if (inputs.isEmpty()) {
            return "some input could not be read";
        }
        if (last.isEmpty()) {
            return "no earlier build recorded";
        }
        if (!last.get().inputs().equals(inputs.get())) {
            return "changed since the last build";
        }
        for (ReadFolder folder : last.get().read()) {
            if (!readNow.get(folder.path()).equals(Optional.of(folder.digest()))) {
                return "the readings' texts changed";
            }
        }
        if (!SiteListing.of(out).equals(Optional.of(last.get().site()))) {
            return "the output folder was changed";
        }
        return "";
    }

    /**
     * The digest of a folder the build read, taken before the build when the last build read it too;
     * otherwise taken now, and trusted only when, after it was taken, nothing in the folder has changed
     * since shortly before the build began (else marked unknown, so that the next build is a full one,
     * which digests it first).
     */
    private static ReadFolder readFolder(Path folder, Map<String, Optional<String>> readBefore, Instant started) {
        String path = folder.toString();
        if (readBefore.containsKey(path)) {
            return new ReadFolder(path, readBefore.get(path).orElse(UNKNOWN));
        }
        Optional<String> digest = FolderDigest.of(folder);
        boolean settled = LastChange.of(folder).filter(change -> change.isBefore(started.minus(CLOCK_SLACK)))
                .isPresent();
        return new ReadFolder(path, settled ? digest.orElse(UNKNOWN) : UNKNOWN);
    }
}
