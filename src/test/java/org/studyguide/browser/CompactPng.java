package org.studyguide.browser;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes screenshots as PNG files, and reference screenshots as small ones: each colour channel
 * rounded to a multiple of {@link #STEP} (at most {@code STEP / 2} off, far inside the comparison's
 * tolerance), which leaves a page's few hundred antialiasing shades at under 256 colours, stored
 * as indexed colour at the strongest compression: about half the size of the browser's PNG.
 */
final class CompactPng {
    /** The rounding step of each colour channel in a reference. */
    static final int STEP = 8;

    private CompactPng() {
    }

    /** Writes {@code image} rounded and, when it has at most 256 colours then, as indexed colour. */
    static void writeReference(BufferedImage image, Path file) {
        BufferedImage rounded = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Map<Integer, Integer> palette = new LinkedHashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int colour = round(rgb >> 16 & 0xff) << 16 | round(rgb >> 8 & 0xff) << 8 | round(rgb & 0xff);
                rounded.setRGB(x, y, colour);
                palette.putIfAbsent(colour, palette.size());
            }
        }
        write(palette.size() <= 256 ? indexed(rounded, palette) : rounded, file);
    }

    /** Writes {@code image} as an opaque RGB PNG at the strongest compression. */
    static void write(BufferedImage image, Path file) {
        BufferedImage out = image;
        if (image.getType() != BufferedImage.TYPE_INT_RGB && image.getType() != BufferedImage.TYPE_BYTE_INDEXED) {
            out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            out.getGraphics().drawImage(image, 0, 0, null);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(file.toFile())) {
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0f);
                writer.setOutput(stream);
                writer.write(null, new IIOImage(out, null, null), param);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    private static int round(int channel) {
        return Math.min(255, Math.round(channel / (float) STEP) * STEP);
    }

    private static BufferedImage indexed(BufferedImage rounded, Map<Integer, Integer> palette) {
        int size = palette.size();
        byte[] red = new byte[size];
        byte[] green = new byte[size];
        byte[] blue = new byte[size];
        palette.forEach((colour, index) -> {
            red[index] = (byte) (colour >> 16);
            green[index] = (byte) (colour >> 8);
            blue[index] = (byte) (int) colour;
        });
        BufferedImage image = new BufferedImage(rounded.getWidth(), rounded.getHeight(), BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, size, red, green, blue));
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < rounded.getHeight(); y++) {
            for (int x = 0; x < rounded.getWidth(); x++) {
                raster.setSample(x, y, 0, palette.get(rounded.getRGB(x, y) & 0xffffff));
            }
        }
        return image;
    }
}
