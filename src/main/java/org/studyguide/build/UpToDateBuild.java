package org.studyguide.build;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.studyguide.build.BuildManifest.ReadFolder;
import org.studyguide.cache.FolderDigest;
import org.studyguide.cache.RunningCode;
import org.studyguide.cache.SiteListing;
import org.studyguide.publish.PublishException;
import org.studyguide.publish.Publisher;

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
        return build(options, mayBeSkipped, () -> RunningCode.fingerprint(GuideBuild.class));
    }

    /** As {@link #build(BuildOptions, boolean)}, with the fingerprint of the code that builds (tests vary it). */
    static BuildResult build(BuildOptions options, boolean mayBeSkipped, Supplier<Optional<byte[]>> code)
            throws PublishException {
        if (options.cache().isEmpty()) {
            return GuideBuild.build(options);
        }
        StageTimes times = new StageTimes();
        ManifestStore store = ManifestStore.of(options.cache().get(), options.out());
        Optional<String> inputs = BuildInputs.digest(options, code);
        Optional<BuildManifest> last = store.read();
        String why = whyNotSkipped(mayBeSkipped, inputs, last, options.out());
        if (why.isEmpty()) {
            times.lap(SKIPPED_STAGE, "nothing changed since the last build; nothing written");
            BuildManifest.Report report = last.orElseThrow().report();
            return new BuildResult(report.diagnostics(), report.pages(), report.pdfs(), report.chapters(),
                    report.terms(), report.quotes(), report.verified() < 0 ? Optional.empty()
                            : Optional.of(report.verified()), true, times.elapsed(), times.stages());
        }
        times.lap("inputs", why);
        Recorder recorder = new Recorder(options, store, inputs);
        BuildResult built = GuideBuild.build(options, recorder);
        List<StageTimes.Stage> stages = new ArrayList<>(times.stages());
        stages.addAll(built.timings());
        stages.addAll(recorder.stages);
        return new BuildResult(built.diagnostics(), built.pages(), built.pdfs(), built.chapters(), built.terms(),
                built.quotes(), built.verified(), built.published(), times.elapsed(), List.copyOf(stages));
    }

    /** Why the build cannot be skipped, in a few words for {@code --timings}; empty when it can. */
    private static String whyNotSkipped(boolean mayBeSkipped, Optional<String> inputs, Optional<BuildManifest> last,
            Path out) {
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
            return "the guide, templates, options or code changed";
        }
        for (ReadFolder folder : last.get().read()) {
            if (!FolderDigest.of(Path.of(folder.path())).equals(Optional.of(folder.digest()))) {
                return "the readings' texts changed";
            }
        }
        if (!SiteListing.of(out).equals(Optional.of(last.get().site()))) {
            return "the output folder was changed";
        }
        if (Publisher.hasLeftovers(out)) {
            return "a publish into the output folder was interrupted";
        }
        return "";
    }

    /**
     * Records a manifest once the build has published: the inputs digested before it began, the
     * readings' texts digested just before it read them, its report and the output folder as it left it.
     */
    private static final class Recorder implements BuildListener {
        private final BuildOptions options;
        private final ManifestStore store;
        private final Optional<String> inputs;
        private final List<ReadFolder> read = new ArrayList<>();
        private final List<StageTimes.Stage> stages = new ArrayList<>();

        Recorder(BuildOptions options, ManifestStore store, Optional<String> inputs) {
            this.options = options;
            this.store = store;
            this.inputs = inputs;
        }

        @Override
        public void readingTexts(Optional<Path> folder) {
            // --sources is one of the inputs already.
            if (folder.isPresent() && options.sources().isEmpty()) {
                read.add(new ReadFolder(folder.get().toString(), FolderDigest.of(folder.get()).orElse(UNKNOWN)));
            }
        }

        @Override
        public void published(BuildResult result) {
            long start = System.nanoTime();
            if (inputs.isPresent()) {
                SiteListing.of(options.out()).ifPresent(site -> store.write(new BuildManifest(store.out(),
                        inputs.get(), List.copyOf(read), BuildManifest.Report.of(result), site)));
            }
            stages.add(new StageTimes.Stage("manifest", Duration.ofNanos(System.nanoTime() - start)));
        }
    }
}
