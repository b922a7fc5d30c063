package dev.tidybar.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Saves what a scene shows as {@code target/screenshots/<name>.png}, without javafx-swing. */
final class Screenshots {

    private static final Path FOLDER = Path.of("target", "screenshots");

    void save(Scene scene, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        var snapshot = new AtomicReference<Image>();
        WaitForAsyncUtils.asyncFx(() -> snapshot.set(scene.snapshot(null)));
        WaitForAsyncUtils.waitForFxEvents();
        Files.createDirectories(FOLDER);
        ImageIO.write(toBufferedImage(snapshot.get()), "png", FOLDER.resolve(name + ".png").toFile());
    }

    private static BufferedImage toBufferedImage(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        var pixels = new int[width * height];
        PixelReader reader = image.getPixelReader();
        reader.getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        var out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, width, height, pixels, 0, width);
        return out;
    }
}
