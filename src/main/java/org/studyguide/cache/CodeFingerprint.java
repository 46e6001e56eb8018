package org.studyguide.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A digest of the code that turns inputs into an output: the jars or class folders that given
 * classes and resources are loaded from, and the Java runtime. It stands for "the generator's
 * version" in cache keys, and changes whenever any of that code changes, also between two
 * development builds of the same version number. A jar is read through its table of contents
 * (each file's name, size and CRC-32), which the JVM has loaded already, so it costs milliseconds.
 */
public final class CodeFingerprint {
    /** Each jar's or folder's digest, read once per run: the PDFs and the Markdown texts both need the jar's. */
    private static final Map<Path, byte[]> CONTENTS = new ConcurrentHashMap<>();
    /**
     * Each set of locations' fingerprint, taken once per run: the build's inputs, the texts, the pages
     * and the quotation check each ask for one, and the runtime's Deflate probe alone cost a few
     * milliseconds a time before the JIT had compiled it.
     */
    private static final Map<List<Path>, byte[]> FINGERPRINTS = new ConcurrentHashMap<>();

    private CodeFingerprint() {
    }

    /**
     * The fingerprint of the places {@code classes} and {@code resources} are loaded from, or empty
     * when one of them cannot be read (then nothing should be cached).
     */
    public static Optional<byte[]> of(List<Class<?>> classes, List<String> resources) {
        try {
            TreeSet<Path> locations = new TreeSet<>();
            for (Class<?> type : classes) {
                locations.add(location(type));
            }
            ClassLoader loader = CodeFingerprint.class.getClassLoader();
            for (String resource : resources) {
                URL url = loader.getResource(resource);
                if (url == null) {
                    return Optional.empty();
                }
                locations.add(location(url));
            }
            return ofLocations(locations);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The fingerprint of the given jars and class folders and the runtime, or empty when one of
     * them cannot be read.
     */
    public static Optional<byte[]> ofLocations(Collection<Path> locations) {
        List<Path> sorted = List.copyOf(new TreeSet<>(locations));
        byte[] known = FINGERPRINTS.get(sorted);
        if (known != null) {
            return Optional.of(known.clone());
        }
        try {
            CacheKey key = CacheKey.of("code").add(runtime());
            addDeflateProbe(key);
            for (Path location : sorted) {
                key.add(location.getFileName().toString()).add(memoized(location));
            }
            byte[] fingerprint = key.digest();
            FINGERPRINTS.put(sorted, fingerprint);
            return Optional.of(fingerprint.clone());
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalArgumentException(type + " has no code source");
        }
        return Path.of(source.getLocation().toURI());
    }

    /** The jar or folder a resource is read from ({@code jar:file:/x.jar!/a/b} or {@code file:/x/a/b}). */
    private static Path location(URL url) throws URISyntaxException {
        if (url.getProtocol().equals("jar")) {
            String file = url.getFile();
            return Path.of(URI.create(file.substring(0, file.indexOf("!/"))));
        }
        return Path.of(url.toURI());
    }

    /** The runtime's version, vendor and architecture. */
    private static String runtime() {
        return String.join("\n", System.getProperty("java.runtime.version", ""), System.getProperty("java.vendor", ""),
                System.getProperty("os.arch", ""));
    }

    /**
     * The runtime's Deflate output for a fixed sample: PDF streams are compressed with it, and a
     * runtime may use another zlib than its version number suggests (a system library).
     */
    private static void addDeflateProbe(CacheKey key) {
        StringBuilder sample = new StringBuilder();
        long state = 1;
        while (sample.length() < 16_384) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            sample.append("the quick brown fox ".charAt((int) ((state >>> 33) % 20)));
        }
        byte[] input = sample.toString().getBytes(StandardCharsets.US_ASCII);
        for (int level : new int[] {Deflater.DEFAULT_COMPRESSION, Deflater.BEST_COMPRESSION}) {
            Deflater deflater = new Deflater(level);
            deflater.setInput(input);
            deflater.finish();
            byte[] buffer = new byte[input.length + 64];
            int length = deflater.deflate(buffer);
            deflater.end();
            key.add(Arrays.copyOf(buffer, length));
        }
    }

    private static byte[] memoized(Path location) throws IOException {
        byte[] known = CONTENTS.get(location);
        if (known == null) {
            known = contents(location);
            CONTENTS.put(location, known);
        }
        return known;
    }

    private static byte[] contents(Path location) throws IOException {
        if (Files.isDirectory(location)) {
            return folderContents(location);
        }
        // One field for the whole table: a digest update per entry's field cost a build tens of
        // milliseconds on a jar with all the libraries in it. Sizes have fixed widths, names a length.
        ByteArrayOutputStream table = new ByteArrayOutputStream(1 << 16);
        DataOutputStream out = new DataOutputStream(table);
        try (ZipFile jar = new ZipFile(location.toFile())) {
            Enumeration<? extends ZipEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] name = entry.getName().getBytes(StandardCharsets.UTF_8);
                out.writeInt(name.length);
                out.write(name);
                out.writeLong(entry.getSize());
                out.writeLong(entry.getCrc());
            }
        }
        return CacheKey.of("jar table").add(table.toByteArray()).digest();
    }

    private static byte[] folderContents(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
        }
        CacheKey key = CacheKey.of("folder");
        for (Path file : files) {
            key.add(folder.relativize(file).toString());
            try (InputStream in = Files.newInputStream(file)) {
                key.add(in.readAllBytes());
            }
        }
        return key.digest();
    }
}
