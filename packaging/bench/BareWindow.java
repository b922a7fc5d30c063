import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick for bench.sh: the smallest JavaFX window, timed the way the app's --smoke-test times its
 * first frame (the second animation pulse after the stage is shown, in ms since JVM start). It also prints the JVM's
 * start as epoch ms, so the bench can tell how long the native launcher takes before the JVM starts.
 */
public final class BareWindow extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Bare JavaFX window")), 900, 640));
        stage.setOnShown(event -> new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("BARE first-frame-ms=" + (System.currentTimeMillis() - jvmStart)
                            + " jvm-start-epoch-ms=" + jvmStart);
                    Platform.exit();
                }
            }
        }.start());
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
