package org.studyguide.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the launcher sends the build daemon, one line each: the greeting, what to do
 * ({@code run} or {@code stop}), the daemon's token, the launcher's key (see {@link BuildDaemon}),
 * the value of {@code STUDYGUIDE_FULL_BUILD} (empty when unset), the number of arguments, and the
 * arguments. Anyone on the machine can connect, so it is read with limits, and anything else is refused.
 *
 * @param stop whether the daemon is asked to stop rather than run a command
 * @param token the token the daemon wrote in its state file, which only its owner can read
 * @param key what the launcher would start a daemon with: a daemon started otherwise must not run it
 * @param fullBuild the value of {@code STUDYGUIDE_FULL_BUILD}
 * @param args the command line
 */
record DaemonRequest(boolean stop, String token, String key, String fullBuild, List<String> args) {
    /** The first line of every request, with the protocol's version. */
    static final String GREETING = "studyguide-daemon 1";
    private static final int LONGEST_LINE = 1 << 16;
    private static final int MOST_ARGUMENTS = 10_000;

    /** Copies the arguments. */
    DaemonRequest {
        args = List.copyOf(args);
    }

    /** The request read from {@code in}, its text in {@code charset}; empty when it is not a well-formed request. */
    static Optional<DaemonRequest> read(InputStream in, Charset charset) throws IOException {
        if (!GREETING.equals(line(in, StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String action = line(in, StandardCharsets.US_ASCII);
        if (!"run".equals(action) && !"stop".equals(action)) {
            return Optional.empty();
        }
        String token = line(in, StandardCharsets.US_ASCII);
        String key = line(in, charset);
        String fullBuild = line(in, charset);
        String count = line(in, StandardCharsets.US_ASCII);
        if (token == null || key == null || fullBuild == null || count == null || !count.matches("[0-9]{1,5}")
                || Integer.parseInt(count) > MOST_ARGUMENTS) {
            return Optional.empty();
        }
        List<String> args = new ArrayList<>();
        for (int i = Integer.parseInt(count); i > 0; i--) {
            String arg = line(in, charset);
            if (arg == null) {
                return Optional.empty();
            }
            args.add(arg);
        }
        return Optional.of(new DaemonRequest("stop".equals(action), token, key, fullBuild, args));
    }

    /** The next line without its newline; null at the end of the input or when the line is too long. */
    private static String line(InputStream in, Charset charset) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0 || bytes.size() == LONGEST_LINE) {
                return null;
            }
            bytes.write(b);
        }
        return bytes.toString(charset);
    }
}
