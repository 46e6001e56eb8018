package org.studyguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The screenshot comparison's tolerance and the compact reference files, on small drawn images. */
class ScreenshotReferenceTest {
    @TempDir
    Path dir;

    /** A light page with a line of dark "text" and a band of antialiasing shades. */
    private static BufferedImage page(Color text) {
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xfdfcf9));
        g.fillRect(0, 0, 200, 100);
        g.setColor(text);
        g.fillRect(10, 10, 120, 12);
        for (int x = 0; x < 200; x++) {
            g.setColor(new Color(x, 255 - x, (3 * x) % 256));
            g.fillRect(x, 60, 1, 10);
        }
        g.dispose();
        return image;
    }

    @Test
    void anImageIsItsOwnReference() {
        ScreenshotReference.Difference same = ScreenshotReference.Difference.of(page(Color.BLACK), page(Color.BLACK));
        assertThat(same.sameSize()).isTrue();
        assertThat(same.share()).isZero();
    }

    @Test
    void shadesWithinTheToleranceAreTheSameButAColourChangeIsNot() {
        BufferedImage noisy = page(Color.BLACK);
        noisy.setRGB(5, 5, new Color(0xfd - ScreenshotReference.CHANNEL_TOLERANCE, 0xfc, 0xf9).getRGB());
        assertThat(ScreenshotReference.Difference.of(page(Color.BLACK), noisy).share()).isZero();

        // The grey text that once spread over the quotations page: 120 x 12 of 200 x 100 pixels.
        ScreenshotReference.Difference grey = ScreenshotReference.Difference.of(page(Color.BLACK),
                page(new Color(84, 84, 88)));
        assertThat(grey.share()).isEqualTo(120 * 12 / 20_000.0);
        assertThat(grey.share()).isGreaterThan(ScreenshotReference.MAX_DIFFERING_SHARE);
        assertThat(grey.image().getRGB(50, 15) & 0xffffff).isEqualTo(0xff0000);
        assertThat(grey.image().getRGB(150, 15) & 0xffffff).isNotEqualTo(0xff0000);
    }

    @Test
    void aShotOfAnotherSizeDiffersByTheRowsOnlyOneHas() {
        BufferedImage taller = new BufferedImage(200, 110, BufferedImage.TYPE_INT_RGB);
        taller.getGraphics().drawImage(page(Color.BLACK), 0, 0, null);
        ScreenshotReference.Difference difference = ScreenshotReference.Difference.of(page(Color.BLACK), taller);
        assertThat(difference.sameSize()).isFalse();
        assertThat(difference.share()).isEqualTo(10 * 200 / 22_000.0);
    }

    @Test
    void aCompactReferenceIsIndexedAndStillMatchesTheShotItCameFrom() throws Exception {
        BufferedImage shot = page(Color.BLACK);
        Path file = dir.resolve("shot.png");
        CompactPng.writeReference(shot, file);
        BufferedImage reference = ImageIO.read(file.toFile());
        assertThat(reference.getType()).isEqualTo(BufferedImage.TYPE_BYTE_INDEXED);
        for (int x = 0; x < 200; x++) {
            assertThat(ScreenshotReference.Difference.channelDistance(shot.getRGB(x, 65), reference.getRGB(x, 65)))
                    .isLessThanOrEqualTo(CompactPng.STEP / 2);
        }
        assertThat(ScreenshotReference.Difference.of(reference, shot).share()).isZero();
    }
}
