package vn.motcua.qr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GrayImageTest {

    /** 4x2 image with distinct values: row 0 = 10 20 30 40, row 1 = 50 60 70 80. */
    private static GrayImage sample() {
        return new GrayImage(new byte[] {10, 20, 30, 40, 50, 60, 70, 80}, 4, 2);
    }

    @Test
    void boxDownscaleAveragesBlocks() {
        GrayImage scaled = sample().scaledToLongSide(2);

        assertThat(scaled.width()).isEqualTo(2);
        assertThat(scaled.height()).isEqualTo(1);
        assertThat(scaled.pixel(0, 0)).isEqualTo((10 + 20 + 50 + 60) / 4);
        assertThat(scaled.pixel(1, 0)).isEqualTo((30 + 40 + 70 + 80) / 4);
        GrayImage small = sample();
        assertThat(small.scaledToLongSide(4)).as("already small enough: no copy").isSameAs(small);
    }

    @Test
    void quarterTurnIsClockwise() {
        GrayImage rotated = sample().rotated90();

        assertThat(rotated.width()).isEqualTo(2);
        assertThat(rotated.height()).isEqualTo(4);
        assertThat(rotated.pixel(1, 0)).isEqualTo(10); // top-left went to top-right
        assertThat(rotated.pixel(0, 0)).isEqualTo(50);
        assertThat(rotated.pixel(0, 3)).isEqualTo(80);
    }

    @Test
    void eighthTurnKeepsTheCentreAndFitsTheCorners() {
        byte[] pixels = new byte[101 * 101];
        java.util.Arrays.fill(pixels, (byte) 200);
        pixels[50 * 101 + 50] = 0;
        GrayImage rotated = new GrayImage(pixels, 101, 101).rotated45();

        assertThat(rotated.width()).isEqualTo(143); // ceil(202 / sqrt 2)
        assertThat(rotated.height()).isEqualTo(143);
        assertThat(rotated.pixel(71, 71)).isLessThan(100); // the dark centre pixel stays central
        assertThat(rotated.pixel(71, 20)).isEqualTo(200); // inside the turned square
        assertThat(rotated.pixel(2, 2)).isEqualTo(128); // outside it: neutral gray
    }

    @Test
    void upscaleAndEnlargeKeepValues() {
        GrayImage up = sample().upscaledThreeHalves();
        assertThat(up.width()).isEqualTo(6);
        assertThat(up.height()).isEqualTo(3);
        assertThat(up.pixel(0, 0)).isEqualTo(10);
        assertThat(up.pixel(5, 2)).isEqualTo(80);

        GrayImage big = sample().enlarged(3);
        assertThat(big.width()).isEqualTo(12);
        assertThat(big.pixel(11, 5)).isEqualTo(80);
        assertThat(big.pixel(3, 0)).isEqualTo(20);
    }
}
