package org.studyguide.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.studyguide.build.BuildOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The folders every command works on, shared by {@code build}, {@code check} and {@code serve}. */
final class GuideOptions {
    /** The content folder when {@code --content} is not given. */
    static final String DEFAULT_CONTENT = "content";
    /** The folder {@code build} publishes to when {@code --out} is not given. */
    static final String DEFAULT_OUT = "site";

    @Option(names = "--content", paramLabel = "DIR", defaultValue = DEFAULT_CONTENT,
            description = "The guide's content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Templates that override the built-in ones (default: ./templates when it exists).")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where the site is published (default: site; for serve: " + Serve.PREVIEW_FOLDER + ").")
    Path out;

    @Option(names = "--sources", paramLabel = "DIR",
            description = "Plain texts of the readings (<reading id>.txt) to verify quotations against;"
                    + " overrides sourceTexts in guide.yml.")
    Path sources;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Where to keep laid-out PDFs for later builds (default: " + CacheFolder.DEFAULT_NAME
                    + " beside the output folder).")
    Path cache;

    @Option(names = "--no-cache",
            description = "Lay out every PDF afresh, neither reading nor filling the cache (the output is the same).")
    boolean noCache;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    /**
     * The options as the build takes them.
     *
     * @throws ParameterException when {@code --templates} or {@code --sources} names no folder: a
     *                            misspelt folder would otherwise build silently without it
     */
    BuildOptions toBuildOptions() {
        return toBuildOptions(Path.of(DEFAULT_OUT));
    }

    /** The options as the build takes them, publishing to {@code defaultOut} unless {@code --out} was given. */
    BuildOptions toBuildOptions(Path defaultOut) {
        try {
            return buildOptions(defaultOut);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * The options as the build takes them, without picocli (see {@link QuickCommandLine}).
     *
     * @throws IllegalArgumentException with the message for the user when the options do not fit together
     */
    BuildOptions buildOptions(Path defaultOut) {
        requireFolder("--templates", templates);
        requireFolder("--sources", sources);
        Optional<Path> templateDir = Optional.ofNullable(templates)
                .or(() -> Optional.of(Path.of("templates")).filter(Files::isDirectory));
        Path outDir = out == null ? defaultOut : out;
        return new BuildOptions(content, templateDir, outDir, Optional.ofNullable(sources))
                .cache(cacheFolder(outDir, templateDir));
    }

    private Optional<Path> cacheFolder(Path outDir, Optional<Path> templateDir) {
        if (noCache) {
            if (cache != null) {
                throw new IllegalArgumentException("--cache and --no-cache contradict each other");
            }
            return Optional.empty();
        }
        List<Path> apart = new ArrayList<>(List.of(content, outDir));
        templateDir.ifPresent(apart::add);
        return CacheFolder.choose(cache, outDir, apart);
    }

    private static void requireFolder(String option, Path folder) {
        if (folder != null && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException(option + " names a folder that does not exist: " + folder);
        }
    }
}
