package dev.tidybar.ui.common;

import atlantafx.base.controls.Message;
import atlantafx.base.controls.MessageSkin;
import javafx.scene.Node;

/**
 * AtlantaFX's message look with room for our own content: the explanation, details and buttons go
 * under the title, and the dismiss button sits at the far end. The stock skin has no slot for
 * buttons, renders its description as BBCode (server words like {@code [error-room-not-found]}
 * would be read as tags) and only measures its title and description.
 */
final class NoticeMessageSkin extends MessageSkin {

    NoticeMessageSkin(Message control, Node body, Node trailing) {
        super(control);
        headerBox.getChildren().add(body);
        actionSlot.getChildren().setAll(trailing);
    }

    @Override
    protected double calcHeight() {
        double width = getSkinnable().getWidth();
        return container.prefHeight(width > 0 ? width : -1);
    }

    @Override
    protected double computePrefHeight(double width, double topInset, double rightInset,
                                       double bottomInset, double leftInset) {
        return container.prefHeight(width - leftInset - rightInset) + topInset + bottomInset;
    }
}
