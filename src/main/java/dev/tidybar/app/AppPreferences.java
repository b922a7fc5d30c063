package dev.tidybar.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * What Tidybar remembers between runs, in Java Preferences: the window's place and size, the theme,
 * the last workspace and username, and recently used workspaces. Never a password or a token.
 */
final class AppPreferences {

    static final double DEFAULT_WIDTH = 1000;
    static final double DEFAULT_HEIGHT = 700;
    private static final int RECENT_WORKSPACES = 8;

    private final Preferences preferences;

    AppPreferences(Preferences preferences) {
        this.preferences = preferences;
    }

    /** Puts the stage where it was last time, or centres it when that place is on no screen now. */
    void restoreWindow(Stage stage) {
        Rectangle2D saved = savedWindow();
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Optional<Rectangle2D> placed = placeOnScreens(saved, screens);
        if (placed.isPresent()) {
            stage.setX(placed.get().getMinX());
            stage.setY(placed.get().getMinY());
            stage.setWidth(placed.get().getWidth());
            stage.setHeight(placed.get().getHeight());
        } else {
            Rectangle2D primary = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(saved.getWidth(), primary.getWidth()));
            stage.setHeight(Math.min(saved.getHeight(), primary.getHeight()));
            stage.centerOnScreen();
        }
        stage.setMaximized(preferences.getBoolean("window.maximized", false));
    }

    /**
     * The window's last place (NaN when none was saved) and size: the default size when none was
     * saved, or none that a window can have (a window closed before it was first drawn has no size,
     * NaN, and earlier versions saved that; the next start then opened at the smallest size).
     */
    Rectangle2D savedWindow() {
        double width = preferences.getDouble("window.width", DEFAULT_WIDTH);
        double height = preferences.getDouble("window.height", DEFAULT_HEIGHT);
        boolean sized = width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height);
        return new Rectangle2D(preferences.getDouble("window.x", Double.NaN), preferences.getDouble("window.y", Double.NaN),
                sized ? width : DEFAULT_WIDTH, sized ? height : DEFAULT_HEIGHT);
    }

    void rememberWindow(Stage stage) {
        preferences.putBoolean("window.maximized", stage.isMaximized());
        boolean drawn = Double.isFinite(stage.getX()) && Double.isFinite(stage.getY())
                && Double.isFinite(stage.getWidth()) && Double.isFinite(stage.getHeight());
        if (drawn && !stage.isMaximized() && !stage.isIconified()) {
            preferences.putDouble("window.x", stage.getX());
            preferences.putDouble("window.y", stage.getY());
            preferences.putDouble("window.width", stage.getWidth());
            preferences.putDouble("window.height", stage.getHeight());
        }
    }

    /**
     * The saved window bounds moved and shrunk onto the screen that shows most of them, or empty
     * when they are on no screen any more (a monitor was unplugged) or were never saved.
     */
    static Optional<Rectangle2D> placeOnScreens(Rectangle2D saved, List<Rectangle2D> screens) {
        if (Double.isNaN(saved.getMinX()) || Double.isNaN(saved.getMinY())) {
            return Optional.empty();
        }
        Rectangle2D best = null;
        double bestArea = 0;
        for (Rectangle2D screen : screens) {
            double width = Math.min(saved.getMaxX(), screen.getMaxX()) - Math.max(saved.getMinX(), screen.getMinX());
            double height = Math.min(saved.getMaxY(), screen.getMaxY()) - Math.max(saved.getMinY(), screen.getMinY());
            if (width > 0 && height > 0 && width * height > bestArea) {
                best = screen;
                bestArea = width * height;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        double width = Math.min(saved.getWidth(), best.getWidth());
        double height = Math.min(saved.getHeight(), best.getHeight());
        double x = Math.max(best.getMinX(), Math.min(saved.getMinX(), best.getMaxX() - width));
        double y = Math.max(best.getMinY(), Math.min(saved.getMinY(), best.getMaxY() - height));
        return Optional.of(new Rectangle2D(x, y, width, height));
    }

    Optional<String> lastWorkspace() {
        return Optional.ofNullable(preferences.get("workspace.last", null));
    }

    Optional<String> lastUser() {
        return Optional.ofNullable(preferences.get("user.last", null));
    }

    /** Newest first. */
    List<String> recentWorkspaces() {
        String joined = preferences.get("workspace.recent", "");
        return Arrays.stream(joined.split("\n")).filter(address -> !address.isBlank()).toList();
    }

    /** After a successful sign-in: the workspace moves to the front of the recent list. */
    void rememberSignIn(String workspace, String user) {
        var recent = new ArrayList<>(recentWorkspaces());
        recent.remove(workspace);
        recent.add(0, workspace);
        preferences.put("workspace.last", workspace);
        rememberRecentWorkspaces(recent);
        if (user != null) {
            preferences.put("user.last", user);
        }
    }

    /**
     * The recent list as the user left it, newest first. A workspace the user took off the list is
     * not filled in at the next start either.
     */
    void rememberRecentWorkspaces(List<String> recent) {
        List<String> kept = recent.subList(0, Math.min(recent.size(), RECENT_WORKSPACES));
        preferences.put("workspace.recent", String.join("\n", kept));
        if (lastWorkspace().filter(last -> !kept.contains(last)).isPresent()) {
            preferences.remove("workspace.last");
        }
    }

    /** The theme the user chose with the toggle, or empty to follow the system. */
    Optional<Boolean> darkTheme() {
        String chosen = preferences.get("theme.dark", null);
        return chosen == null ? Optional.empty() : Optional.of(Boolean.parseBoolean(chosen));
    }

    void rememberTheme(boolean dark) {
        preferences.putBoolean("theme.dark", dark);
    }

    /**
     * Whether banners still say that a hidden group comes back when someone posts: true until the user
     * picks "Don't show again", and remembered from then on.
     */
    BooleanProperty comebackHint() {
        var hint = new SimpleBooleanProperty(preferences.getBoolean("hint.comeback", true));
        hint.addListener((observable, before, now) -> preferences.putBoolean("hint.comeback", now));
        return hint;
    }
}
