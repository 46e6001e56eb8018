package org.studyguide.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.studyguide.cache.CacheKey;
import org.studyguide.cache.FolderDigest;
import org.studyguide.cache.RunningCode;

/**
 * The digest of everything known before a build starts that decides the site it publishes and what
 * it reports: the code and Java runtime, every option that changes the output or the messages, the
 * settings of the process that can (working folder, locale, encodings), and every file in the
 * content folder, the templates folder and the {@code --sources} folder. The readings' texts named
 * by {@code guide.yml} are only known once it is read; {@link UpToDateBuild} digests them apart.
 */
final class BuildInputs {
    /** Raised whenever what goes into the digest changes, so that no old manifest can match. */
    private static final String FORMAT = "build inputs, format 1";

    private BuildInputs() {
    }

    /**
     * The digest as hex, or empty when some input cannot be read (then the build cannot be skipped).
     *
     * @param code the fingerprint of the code and runtime (see {@link RunningCode}), taken on a thread
     *             of its own while the folders are digested here; empty when it could not be taken
     */
    static Optional<String> digest(BuildOptions options, Supplier<Optional<byte[]>> code) {
        CompletableFuture<Optional<byte[]>> fingerprint = CompletableFuture.supplyAsync(code, task -> {
            Thread thread = new Thread(task, "code-fingerprint");
            thread.setDaemon(true);
            thread.start();
        });
        List<Optional<String>> folders = new ArrayList<>();
        for (Optional<Path> folder : List.of(Optional.of(options.content()), options.templates(), options.sources())) {
            folders.add(folder.isPresent() ? FolderDigest.of(folder.get()) : Optional.of("none"));
        }
        Optional<byte[]> codeDigest = fingerprint.exceptionally(failed -> Optional.empty()).join();
        if (codeDigest.isEmpty() || folders.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        CacheKey key = CacheKey.of(FORMAT).add(codeDigest.get());
        addOption(key, "content", Optional.of(options.content()));
        addOption(key, "templates", options.templates());
        addOption(key, "out", Optional.of(options.out()));
        addOption(key, "sources", options.sources());
        key.add("pdfs").add(Boolean.toString(options.pdfs()));
        for (String property : List.of("user.dir", "file.encoding", "native.encoding", "sun.jnu.encoding",
                "line.separator", "os.name")) {
            key.add(property).add(System.getProperty(property, ""));
        }
        key.add("locale").add(Locale.getDefault().toLanguageTag());
        folders.forEach(digest -> key.add(digest.orElseThrow()));
        return Optional.of(HexFormat.of().formatHex(key.digest()));
    }

    /** A folder option as given (messages name it so) and as it resolves (relative to the working folder). */
    private static void addOption(CacheKey key, String name, Optional<Path> value) {
        key.add(name).add(value.map(Path::toString).orElse("none"))
                .add(value.map(p -> p.toAbsolutePath().normalize().toString()).orElse("none"));
    }
}
