package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class AppIconTest {
    @Test
    void everySizeIsInTheJarAtItsSize() throws Exception {
        for (int size : AppIcon.SIZES) {
            try (InputStream in = AppIcon.class.getResourceAsStream(AppIcon.resource(size))) {
                assertThat(in).as(AppIcon.resource(size)).isNotNull();
                BufferedImage image = ImageIO.read(in);
                assertThat(image.getWidth()).isEqualTo(size);
                assertThat(image.getHeight()).isEqualTo(size);
            }
        }
    }
}
