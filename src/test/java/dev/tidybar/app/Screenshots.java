package dev.tidybar.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Saves what a scene shows as {@code target/screenshots/<name>.png}, without javafx-swing. */
final class Screenshots {

    private static final Path FOLDER = Path.of("target", "screenshots");

    void save(Scene scene, String name) throws IOException {
        Files.createDirectories(FOLDER);
        ImageIO.write(toBufferedImage(snapshot(scene)), "png", FOLDER.resolve(name + ".png").toFile());
    }

    /** As {@link #save}, with the open popups (a menu, a tooltip) drawn where they stand over the scene. */
    void saveWithPopups(Scene scene, String name) throws IOException {
        var image = toBufferedImage(snapshot(scene));
        var drawing = image.createGraphics();
        var window = scene.getWindow();
        for (var popup : List.copyOf(Window.getWindows())) {
            if (popup instanceof PopupWindow && popup.isShowing() && popup.getScene() != null) {
                int x = (int) Math.round(popup.getX() + popup.getScene().getX() - window.getX() - scene.getX());
                int y = (int) Math.round(popup.getY() + popup.getScene().getY() - window.getY() - scene.getY());
                drawing.drawImage(toBufferedImage(snapshot(popup.getScene())), x, y, null);
            }
        }
        drawing.dispose();
        Files.createDirectories(FOLDER);
        ImageIO.write(image, "png", FOLDER.resolve(name + ".png").toFile());
    }

    private static Image snapshot(Scene scene) {
        WaitForAsyncUtils.waitForFxEvents();
        var snapshot = new AtomicReference<Image>();
        WaitForAsyncUtils.asyncFx(() -> snapshot.set(scene.snapshot(null)));
        WaitForAsyncUtils.waitForFxEvents();
        return snapshot.get();
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
