package org.studyguide.build;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.studyguide.cache.CacheKey;
import org.studyguide.cache.SiteListing;
import org.studyguide.diag.Diagnostic;
import org.studyguide.diag.Severity;
import org.studyguide.model.Position;

/**
 * What the last successful build into an output folder read and left there, so that the next build
 * can tell that nothing has changed (see {@link UpToDateBuild}) and report what that build reported.
 *
 * @param out     the output folder, absolute and normalised
 * @param inputs  the digest of everything known before the build that decides the site ({@link BuildInputs})
 * @param read    the folders found while building that the build read (the readings' texts), each with its digest
 * @param report  what the build reported
 * @param site    the output folder as the build left it
 */
record BuildManifest(String out, String inputs, List<ReadFolder> read, Report report, SiteListing site) {
    private static final byte[] MAGIC = "studyguide up-to-date manifest, format 1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int DIGEST_BYTES = 32;

    /**
     * A folder outside the content and templates that the build read.
     *
     * @param path   the folder as the build named it
     * @param digest its {@link org.studyguide.cache.FolderDigest}
     */
    record ReadFolder(String path, String digest) {
    }

    /**
     * A successful build's report, everything its summary line and warnings need.
     *
     * @param verified quotations verified, or -1 when no readings' texts were given
     */
    record Report(int pages, int pdfs, int chapters, int terms, int quotes, int verified,
            List<Diagnostic> diagnostics) {

        static Report of(BuildResult result) {
            return new Report(result.pages(), result.pdfs(), result.chapters(), result.terms(), result.quotes(),
                    result.verified().orElse(-1), result.diagnostics());
        }
    }

    /** The manifest as bytes: a header, the fields, and a SHA-256 of all of it, so that a torn file is known. */
    byte[] encode() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + site.entries().size() * 96);
            DataOutputStream data = new DataOutputStream(bytes);
            data.write(MAGIC);
            text(data, out);
            text(data, inputs);
            data.writeInt(read.size());
            for (ReadFolder folder : read) {
                text(data, folder.path());
                text(data, folder.digest());
            }
            writeReport(data, report);
            data.writeInt(site.entries().size());
            for (SiteListing.Entry entry : site.entries()) {
                text(data, entry.path());
                text(data, entry.kind());
                data.writeLong(entry.size());
                data.writeLong(entry.seconds());
                data.writeInt(entry.nanos());
                text(data, entry.identity());
            }
            data.flush();
            data.write(CacheKey.of("manifest").add(bytes.toByteArray()).digest());
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory does not fail", e);
        }
    }

    /** The manifest in {@code bytes}, or empty when they are not a whole manifest of this format. */
    static Optional<BuildManifest> decode(byte[] bytes) {
        if (bytes.length < MAGIC.length + DIGEST_BYTES) {
            return Optional.empty();
        }
        byte[] body = Arrays.copyOf(bytes, bytes.length - DIGEST_BYTES);
        byte[] check = Arrays.copyOfRange(bytes, body.length, bytes.length);
        if (!Arrays.equals(Arrays.copyOf(body, MAGIC.length), MAGIC)
                || !MessageDigest.isEqual(check, CacheKey.of("manifest").add(body).digest())) {
            return Optional.empty();
        }
        try {
            DataInputStream data = new DataInputStream(new ByteArrayInputStream(body, MAGIC.length, body.length - MAGIC.length));
            String out = text(data);
            String inputs = text(data);
            List<ReadFolder> read = new ArrayList<>();
            for (int i = data.readInt(); i > 0; i--) {
                read.add(new ReadFolder(text(data), text(data)));
            }
            Report report = readReport(data);
            List<SiteListing.Entry> entries = new ArrayList<>();
            for (int i = data.readInt(); i > 0; i--) {
                entries.add(new SiteListing.Entry(text(data), text(data), data.readLong(), data.readLong(),
                        data.readInt(), text(data)));
            }
            return Optional.of(new BuildManifest(out, inputs, List.copyOf(read), report, new SiteListing(entries)));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void writeReport(DataOutputStream data, Report report) throws IOException {
        for (int count : new int[] {report.pages(), report.pdfs(), report.chapters(), report.terms(), report.quotes(),
                report.verified()}) {
            data.writeInt(count);
        }
        data.writeInt(report.diagnostics().size());
        for (Diagnostic diagnostic : report.diagnostics()) {
            text(data, diagnostic.severity().name());
            text(data, diagnostic.position().file().toString());
            data.writeInt(diagnostic.position().line());
            data.writeInt(diagnostic.position().column());
            text(data, diagnostic.message());
            data.writeBoolean(diagnostic.hint().isPresent());
            text(data, diagnostic.hint().orElse(""));
        }
    }

    private static Report readReport(DataInputStream data) throws IOException {
        int[] counts = new int[6];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = data.readInt();
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int i = data.readInt(); i > 0; i--) {
            Severity severity = Severity.valueOf(text(data));
            Position position = new Position(Path.of(text(data)), data.readInt(), data.readInt());
            String message = text(data);
            boolean hasHint = data.readBoolean();
            String hint = text(data);
            diagnostics.add(new Diagnostic(severity, position, message, hasHint ? Optional.of(hint) : Optional.empty()));
        }
        return new Report(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], List.copyOf(diagnostics));
    }

    private static void text(DataOutputStream data, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        data.writeInt(utf8.length);
        data.write(utf8);
    }

    private static String text(DataInputStream data) throws IOException {
        int length = data.readInt();
        if (length < 0 || length > data.available()) {
            throw new IOException("a text longer than the manifest");
        }
        return new String(data.readNBytes(length), StandardCharsets.UTF_8);
    }
}
