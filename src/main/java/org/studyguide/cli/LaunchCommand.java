package org.studyguide.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The command that runs this studyguide again, as a user can paste it into a shell from any folder:
 * the {@code ./studyguide} launcher by its path (it says where it is in {@code STUDYGUIDE_LAUNCHER}),
 * else {@code java -jar} with the jar's path. Used for the "Next:" lines that {@code new} prints.
 */
final class LaunchCommand {
    /** Set by the launcher script: its own path, or the bare name when it is found on PATH. */
    static final String LAUNCHER_VARIABLE = "STUDYGUIDE_LAUNCHER";

    private LaunchCommand() {
    }

    /** The command for this process. */
    static String current() {
        return of(Optional.ofNullable(System.getenv(LAUNCHER_VARIABLE)), codeSource());
    }

    /** The command, given what the launcher said (if anything) and where the classes were loaded from. */
    static String of(Optional<String> launcher, Path codeSource) {
        Optional<String> script = launcher.map(String::strip).filter(s -> !s.isEmpty());
        if (script.isPresent()) {
            return script.get().equals("studyguide") ? "studyguide" : shellWord(script.get());
        }
        if (Files.isRegularFile(codeSource)) {
            return "java -jar " + shellWord(codeSource.toString());
        }
        return "java -cp " + shellWord(codeSource.toString()) + " " + Main.class.getName();
    }

    /** A path as one word for a POSIX shell, so the printed command can be pasted. */
    static String shellWord(String path) {
        return path.matches("[A-Za-z0-9._/+=:,@%-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
    }

    private static Path codeSource() {
        try {
            return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("target", "studyguide.jar").toAbsolutePath();
        }
    }
}
