package org.studyguide.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A screenshot compared with its committed reference PNG in {@code src/test/resources/screenshots/},
 * with a small tolerance: a pixel differs when one of its colour channels is off by more than
 * {@link #CHANNEL_TOLERANCE} (of 255), and the shot fails when more than {@link #MAX_DIFFERING_SHARE}
 * of its pixels differ, or its size does. On failure the shot, the reference and a diff image
 * (differing pixels red over a faded reference) are written to {@code target/screenshots/}. With
 * {@code -Dscreenshots.update=true} the shot becomes the new reference instead.
 */
final class ScreenshotReference {
    /** How far one colour channel may be off before the pixel counts as different: antialiasing noise, not a colour change. */
    static final int CHANNEL_TOLERANCE = 24;
    /** The share of pixels that may differ: a few glyph edges, not a moved line. */
    static final double MAX_DIFFERING_SHARE = 0.002;

    private static final Path PROJECT = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
    private static final Path REFERENCES = PROJECT.resolve("src/test/resources/screenshots");
    private static final Path FAILURES = PROJECT.resolve("target/screenshots");
    private static final boolean UPDATE = Boolean.getBoolean("screenshots.update");
    private static final String RECORD = "./mvnw verify -Dit.test=ScreenshotIT -Dtest=none"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dguide.skip -Dscreenshots.update=true";

    private ScreenshotReference() {
    }

    /** Compares {@code png} with the reference called {@code name}, or records it in update mode. */
    static void check(String name, byte[] png) {
        BufferedImage shot = read(png);
        Path reference = REFERENCES.resolve(name + ".png");
        if (UPDATE) {
            CompactPng.writeReference(shot, reference);
            return;
        }
        if (!Files.exists(reference)) {
            CompactPng.write(shot, FAILURES.resolve(name + "-actual.png"));
            fail("no reference screenshot " + PROJECT.relativize(reference) + "; the shot is in "
                    + FAILURES.resolve(name + "-actual.png") + ". Record the references with: " + RECORD);
        }
        BufferedImage expected = readFile(reference);
        Difference difference = Difference.of(expected, shot);
        if (difference.sameSize() && difference.share() <= MAX_DIFFERING_SHARE) {
            return;
        }
        CompactPng.write(shot, FAILURES.resolve(name + "-actual.png"));
        CompactPng.write(expected, FAILURES.resolve(name + "-expected.png"));
        CompactPng.write(difference.image(), FAILURES.resolve(name + "-diff.png"));
        fail(String.format("%s differs from its reference: %s, %.2f %% of pixels off by more than %d (at most %.2f %% may);"
                        + " see %s (red: differing pixels) and -actual.png. If the change is intended, re-record: %s",
                name, difference.sameSize() ? "same size" : "size " + shot.getWidth() + "x" + shot.getHeight()
                        + " instead of " + expected.getWidth() + "x" + expected.getHeight(),
                100 * difference.share(), CHANNEL_TOLERANCE, 100 * MAX_DIFFERING_SHARE,
                FAILURES.resolve(name + "-diff.png"), RECORD));
    }

    /** The pixels of two images that differ, over the area both cover, and an image that shows them. */
    record Difference(boolean sameSize, double share, BufferedImage image) {
        static Difference of(BufferedImage expected, BufferedImage actual) {
            int width = Math.max(expected.getWidth(), actual.getWidth());
            int height = Math.max(expected.getHeight(), actual.getHeight());
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            long differing = 0;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    boolean inExpected = x < expected.getWidth() && y < expected.getHeight();
                    boolean inActual = x < actual.getWidth() && y < actual.getHeight();
                    int before = inExpected ? expected.getRGB(x, y) : 0xffffff;
                    boolean differs = !inExpected || !inActual
                            || channelDistance(before, actual.getRGB(x, y)) > CHANNEL_TOLERANCE;
                    if (differs) {
                        differing++;
                    }
                    image.setRGB(x, y, differs ? 0xff0000 : faded(before));
                }
            }
            boolean sameSize = expected.getWidth() == actual.getWidth() && expected.getHeight() == actual.getHeight();
            return new Difference(sameSize, (double) differing / ((long) width * height), image);
        }

        /** The largest difference between the two colours' red, green and blue. */
        static int channelDistance(int a, int b) {
            int red = Math.abs((a >> 16 & 0xff) - (b >> 16 & 0xff));
            int green = Math.abs((a >> 8 & 0xff) - (b >> 8 & 0xff));
            int blue = Math.abs((a & 0xff) - (b & 0xff));
            return Math.max(red, Math.max(green, blue));
        }

        /** The pixel as a light grey, so the red marks stand out and the page stays recognisable. */
        private static int faded(int rgb) {
            int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
            int light = 170 + grey / 3;
            return light << 16 | light << 8 | light;
        }
    }

    private static BufferedImage read(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage readFile(Path file) {
        try {
            return ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
