package org.studyguide.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.studyguide.build.UpToDateBuild;

/**
 * The build daemon: a JVM that the launcher starts once and then hands its {@code build} and
 * {@code check} commands, so that later builds skip the JVM's start and run code already compiled
 * (a 5-chapter build takes a tenth of the time once warm). It runs one command at a time, each as
 * {@code java -jar studyguide.jar} would in the daemon's folder, and sends back what it printed
 * and its exit code (see {@link CapturedOutput}).
 *
 * <p>It serves one launcher setting only, its <em>key</em> (the java, its options, the folder and
 * the environment variables that change what Java does, as the launcher writes them), and stops
 * rather than run a command for another key, or once its jar has changed, its folder was replaced,
 * or a command failed inside studyguide or ran out of memory, so no state outlives a failure. It
 * listens on the loopback interface and answers only requests that carry the random token it wrote
 * to its state file, which only its owner can read. When the client goes away during a command
 * (Ctrl-C), the daemon exits as a build interrupted so would, leaving the output folder as it was.
 * It stops after a time without commands.
 */
public final class BuildDaemon {
    /** The exit code of a JVM stopped by Ctrl-C (128 + SIGINT), which a client that left gets too. */
    private static final int INTERRUPTED = 130;
    /** How long a client may take to send its request. */
    private static final int REQUEST_MILLIS = 10_000;

    private final ServerSocket server;
    private final Path state;
    private final String key;
    private final byte[] token;
    private final Path jar;
    private final Optional<FileTime> jarTime;
    private final Charset argumentCharset;
    /** Whether the running command has ended, so the client closing its connection is no longer leaving early. */
    private boolean commandDone;

    private BuildDaemon(ServerSocket server, Path state, String key, byte[] token, Path jar) {
        this.server = server;
        this.state = state;
        this.key = key;
        this.token = token;
        this.jar = jar;
        this.jarTime = modified(jar);
        this.argumentCharset = argumentCharset();
    }

    /** The charset in which this JVM decodes its own command line, and so a client's. */
    private static Charset argumentCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /**
     * {@code BuildDaemon STATE-FILE KEY IDLE-MINUTES}: listens, writes its port and token to the
     * state file and to standard output (which it then closes, so the launcher that started it
     * reads them and goes on), and serves commands until it has been idle that long.
     */
    public static void main(String[] args) throws IOException, URISyntaxException {
        if (args.length != 3 || !args[2].matches("[1-9][0-9]{0,4}")) {
            System.err.println("usage: BuildDaemon STATE-FILE KEY IDLE-MINUTES");
            System.exit(2);
        }
        Path state = Path.of(args[0]).toAbsolutePath();
        Duration idle = Duration.ofMinutes(Integer.parseInt(args[2]));
        byte[] token = new byte[32];
        new SecureRandom().nextBytes(token);
        Path jar = Path.of(BuildDaemon.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout((int) idle.toMillis());
            BuildDaemon daemon = new BuildDaemon(server, state, args[1], token, jar);
            String address = server.getLocalPort() + " " + HexFormat.of().formatHex(token);
            daemon.writeState(address);
            Runtime.getRuntime().addShutdownHook(new Thread(daemon::removeState, "studyguide-daemon-stop"));
            System.out.println(address);
            System.out.close();
            System.err.println("studyguide build daemon: serving " + System.getProperty("user.dir") + " on port "
                    + server.getLocalPort() + "; stops after " + idle.toMinutes() + " idle minutes");
            daemon.serve();
        }
        System.exit(0);
    }

    /** Serves commands until asked to stop, idle for too long, or no longer fit to. */
    private void serve() throws IOException {
        while (true) {
            Socket client;
            try {
                client = server.accept();
            } catch (SocketTimeoutException e) {
                System.err.println("studyguide build daemon: stopped after " + server.getSoTimeout() / 60_000
                        + " idle minutes");
                return;
            }
            try (client) {
                if (!answer(client)) {
                    return;
                }
            } catch (IOException e) {
                System.err.println("studyguide build daemon: a client's connection failed: " + e.getMessage());
            }
        }
    }

    /** Answers one client; false when the daemon is to stop. */
    private boolean answer(Socket client) throws IOException {
        client.setSoTimeout(REQUEST_MILLIS);
        InputStream in = new BufferedInputStream(client.getInputStream());
        OutputStream reply = new BufferedOutputStream(client.getOutputStream());
        Optional<DaemonRequest> read = DaemonRequest.read(in, argumentCharset);
        if (read.isEmpty() || !MessageDigest.isEqual(HexFormat.of().formatHex(token).getBytes(StandardCharsets.US_ASCII),
                read.get().token().getBytes(StandardCharsets.US_ASCII))) {
            return true;
        }
        DaemonRequest request = read.get();
        Optional<String> unfit = request.stop() ? Optional.of("asked to stop") : unfitFor(request.key());
        if (unfit.isPresent()) {
            reply.write("stopped\n".getBytes(StandardCharsets.US_ASCII));
            reply.flush();
            System.err.println("studyguide build daemon: stopped: " + unfit.get());
            return false;
        }
        client.setSoTimeout(0);
        String command = request.args().isEmpty() ? "" : request.args().get(0);
        System.err.println("studyguide build daemon: running " + command);
        long start = System.nanoTime();
        Thread watch = watchForLeaving(in);
        CapturedOutput output = new CapturedOutput();
        int code = Main.run(Map.of(UpToDateBuild.FULL_BUILD_VARIABLE, request.fullBuild()), output.out(),
                output.err(), request.args().toArray(String[]::new));
        synchronized (this) {
            commandDone = true;
        }
        System.err.println("studyguide build daemon: " + command + " ended with exit code " + code + " in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        output.send(code, reply);
        if (code == Main.INTERNAL_ERROR || code == Main.OUT_OF_MEMORY) {
            System.err.println("studyguide build daemon: stopped after a command that ended with exit code " + code);
            return false;
        }
        return true;
    }

    /**
     * A thread that waits for the client to close its connection while the command runs (the
     * client sends nothing more): it left, by Ctrl-C, so the daemon exits as that build would have.
     */
    private Thread watchForLeaving(InputStream in) {
        synchronized (this) {
            commandDone = false;
        }
        Thread watch = new Thread(() -> {
            try {
                while (in.read() >= 0) {
                    // a client sends nothing after its request; whatever comes is ignored
                }
            } catch (IOException e) {
                // the connection broke: the client is gone as well
            }
            synchronized (this) {
                if (commandDone) {
                    return;
                }
            }
            System.err.println("studyguide build daemon: the client left during its command; stopping");
            System.exit(INTERRUPTED);
        }, "studyguide-daemon-client");
        watch.setDaemon(true);
        watch.start();
        return watch;
    }

    /** Why this daemon must not run a command for a launcher with {@code clientKey}, if it must not. */
    private Optional<String> unfitFor(String clientKey) {
        if (!key.equals(clientKey)) {
            return Optional.of("a launcher with other settings asked");
        }
        if (!modified(jar).equals(jarTime) || jarTime.isEmpty()) {
            return Optional.of(jar + " changed");
        }
        try {
            if (!Files.isSameFile(Path.of("."), Path.of(System.getProperty("user.dir")))) {
                return Optional.of("its folder was replaced");
            }
        } catch (IOException e) {
            return Optional.of("its folder is gone");
        }
        return Optional.empty();
    }

    private static Optional<FileTime> modified(Path file) {
        try {
            return Optional.of(Files.getLastModifiedTime(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Writes the state file, readable by its owner only, in one step. */
    private void writeState(String address) throws IOException {
        Files.createDirectories(state.getParent());
        Path temporary = Files.createTempFile(state.getParent(), state.getFileName() + ".", ".new",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temporary, address + " " + ProcessHandle.current().pid() + " " + System.getProperty("user.dir")
                + "\n", argumentCharset);
        Files.move(temporary, state, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Removes the state file when it still names this daemon (a later daemon may have replaced it). */
    private void removeState() {
        try {
            String written = Files.readString(state, StandardCharsets.US_ASCII);
            if (written.startsWith(server.getLocalPort() + " " + HexFormat.of().formatHex(token) + " ")) {
                Files.delete(state);
            }
        } catch (IOException e) {
            // already gone, or replaced and unreadable: nothing of ours to remove
        }
    }
}
