package org.studyguide.serve;

import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The temporary files that editors and tools write beside a file while saving it, and remove or
 * rename soon after: they never cause a rebuild and never appear in the terminal.
 */
final class ScratchFiles {
    /**
     * Hidden files (vim's {@code .x.swp}, emacs' {@code .#x} locks, gedit's {@code .goutputstream-*});
     * backups ending in {@code ~} and Office's {@code ~$x} locks; emacs' {@code #x#} auto-saves;
     * vim's swap files ({@code .swp} to {@code .swa}, {@code .swx}) and its write probe, a name of
     * digits only ({@code 4913}); {@code sed -i}'s {@code sedXXXXXX}; JetBrains' safe-write copies;
     * and the usual temporary, backup and partial-download suffixes.
     */
    private static final Pattern SCRATCH = Pattern.compile(
            "\\..*|.*~|~.*|#.*#|.*\\.sw[a-px]|\\d+|sed[A-Za-z0-9]{6}|.*___jb_(tmp|old|bak)___"
                    + "|.*\\.(tmp|temp|bak|orig|rej|part|crdownload|kate-swp|save)");

    private ScratchFiles() {
    }

    /** True when {@code path} names an editor's or tool's temporary file. */
    static boolean isScratch(Path path) {
        Path name = path.getFileName();
        return name != null && SCRATCH.matcher(name.toString()).matches();
    }

    /** The paths that are not scratch files. */
    static Set<Path> without(Set<Path> paths) {
        return paths.stream().filter(path -> !isScratch(path)).collect(Collectors.toUnmodifiableSet());
    }
}
