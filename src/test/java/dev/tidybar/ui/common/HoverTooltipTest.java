package dev.tidybar.ui.common;

import static dev.tidybar.ui.pages.LoginPage.waitUntil;

import dev.tidybar.ui.pages.ShownTooltips;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A tooltip made on first hover says what its words say when it shows, however long after they changed. */
@ExtendWith(ApplicationExtension.class)
class HoverTooltipTest {

    private final StringProperty explanation = new SimpleStringProperty("Looking for your system keychain…");
    private final BooleanProperty greyedOut = new SimpleBooleanProperty(true);
    private HBox row;

    @Start
    void start(Stage stage) {
        row = new HBox(new Label("Keep me signed in"));
        // as the sign-in card does for the row around a greyed-out box: words through a binding nothing else holds
        new HoverTooltip(row).follow(Bindings.when(greyedOut).then(explanation).otherwise((String) null));
        stage.setScene(new Scene(new HBox(new Label("elsewhere"), row), 400, 100));
        stage.show();
    }

    @Test
    void itSaysTheLatestWordsAfterAGarbageCollection(FxRobot robot) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        robot.interact(() -> explanation.set("No keychain answered: there is no D-Bus session here."));

        robot.moveTo("elsewhere").moveTo(row);

        waitUntil(() -> ShownTooltips.of(robot).stream().anyMatch(text -> text.startsWith("No keychain answered")),
                "the tooltip to give the latest words");
    }
}
