package dev.tidybar.ui.common;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Shows the current {@link Notice} as a banner: an AtlantaFX message accented by severity, with the
 * explanation, an expandable "Details" part whose text can be selected and copied, the notice's
 * buttons, and a dismiss button. Put it in the layout above the content (never over it): it takes
 * no space while there is no notice. Dismissing (button or Esc) sets the notice to null.
 */
public final class NoticeBar extends VBox {

    private static final double DETAILS_SHARE_OF_WINDOW = 0.1;

    private final ObjectProperty<Notice> notice;
    private final UiText text;
    private Notice shown;
    private Node focusTarget;
    private Label messageLabel;
    private TextArea detailsArea;

    public NoticeBar(ObjectProperty<Notice> notice, UiText text) {
        this.notice = notice;
        this.text = text;
        setId("noticeBar");
        getStyleClass().add("notice-bar");
        setAccessibleRole(AccessibleRole.TEXT);
        addEventHandler(KeyEvent.KEY_PRESSED, this::dismissOnEscape);
        notice.addListener((observable, before, now) -> show(now));
        show(notice.get());
    }

    /** Lets Esc anywhere under {@code scope} dismiss the banner, unless something there used the key first. */
    public void dismissOnEscapeIn(Node scope) {
        scope.addEventHandler(KeyEvent.KEY_PRESSED, this::dismissOnEscape);
    }

    /**
     * Where the focus goes when the banner's buttons go away under it (an action, dismissing, or a
     * new banner), instead of wherever the scene would put it: usually the content the banner is about.
     */
    public void returnFocusTo(Node target) {
        focusTarget = target;
    }

    public void dismiss() {
        notice.set(null);
    }

    private void dismissOnEscape(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE && notice.get() != null) {
            dismiss();
            event.consume();
        }
    }

    private void show(Notice next) {
        if (next != null && sameShape(shown, next)) {
            // a countdown replaces its notice every second: update the words, keep the buttons and the focus
            messageLabel.setText(next.message());
            messageLabel.setVisible(!next.message().isBlank());
            detailsArea.setText(Objects.toString(next.details(), ""));
            shown = next;
        } else {
            // the focused button is about to go away
            handFocusBack();
            getChildren().setAll(next == null ? List.of() : List.of(messageFor(next)));
            shown = next;
        }
        setVisible(next != null);
        setManaged(next != null);
        setAccessibleText(next == null ? null : next.title() + ". " + next.message());
        notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
    }

    private void handFocusBack() {
        if (focusTarget != null && isFocusWithin()) {
            focusTarget.requestFocus();
        }
    }

    private static boolean sameShape(Notice before, Notice next) {
        return before != null
                && before.severity() == next.severity()
                && before.title().equals(next.title())
                && (before.details() == null) == (next.details() == null)
                && labels(before.actions()).equals(labels(next.actions()));
    }

    private static List<String> labels(List<Notice.Action> actions) {
        return actions.stream().map(Notice.Action::label).toList();
    }

    private Message messageFor(Notice next) {
        messageLabel = new Label(next.message());
        messageLabel.setWrapText(true);
        messageLabel.getStyleClass().add("notice-message");
        messageLabel.setId("noticeMessage");
        // a banner with nothing to explain has no empty line under its title
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
        messageLabel.setVisible(!next.message().isBlank());

        detailsArea = new TextArea(Objects.toString(next.details(), ""));
        var buttons = actionButtons(next);
        var body = new VBox(messageLabel, buttons);
        body.getStyleClass().add("notice-body");
        if (next.details() != null) {
            buttons.getChildren().add(detailsToggle());
            body.getChildren().add(detailsArea);
        }
        buttons.setVisible(!buttons.getChildren().isEmpty());
        buttons.setManaged(!buttons.getChildren().isEmpty());
        var message = new NoticeMessage(next.title(), iconFor(next.severity()), body, dismissButton());
        message.getStyleClass().add(styleFor(next.severity()));
        message.setFocusTraversable(false);
        return message;
    }

    private ToggleButton detailsToggle() {
        var toggle = new ToggleButton(text.get("notice.details"), new FontIcon(Feather.CHEVRON_RIGHT));
        toggle.setId("noticeDetailsToggle");
        toggle.getStyleClass().addAll(Styles.FLAT, "notice-details-toggle");
        toggle.selectedProperty().addListener((observable, was, open) ->
                toggle.setGraphic(new FontIcon(open ? Feather.CHEVRON_DOWN : Feather.CHEVRON_RIGHT)));

        detailsArea.setId("noticeDetails");
        detailsArea.setEditable(false);
        detailsArea.setWrapText(true);
        detailsArea.setPrefRowCount(4);
        // in a short window the details scroll rather than push the content it is about out of sight
        detailsArea.maxHeightProperty().bind(Bindings.selectDouble(sceneProperty(), "height")
                .multiply(DETAILS_SHARE_OF_WINDOW));
        detailsArea.getStyleClass().add("notice-details");
        detailsArea.setAccessibleText(text.get("notice.details"));
        detailsArea.visibleProperty().bind(toggle.selectedProperty());
        detailsArea.managedProperty().bind(toggle.selectedProperty());
        return toggle;
    }

    private HBox actionButtons(Notice next) {
        var row = new HBox();
        row.getStyleClass().add("notice-actions");
        for (int i = 0; i < next.actions().size(); i++) {
            int index = i;
            var button = new Button(next.actions().get(i).label());
            button.getStyleClass().add("notice-action");
            button.setId("noticeAction" + i);
            // run the action of the notice shown now: a countdown may have replaced it since the button was made
            button.setOnAction(event -> runAction(index));
            row.getChildren().add(button);
        }
        return row;
    }

    private void runAction(int index) {
        var current = notice.get();
        if (current != null && index < current.actions().size()) {
            dismiss();
            current.actions().get(index).run().run();
        }
    }

    private Button dismissButton() {
        var button = new Button(null, new FontIcon(Feather.X));
        button.setId("noticeDismiss");
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "notice-dismiss");
        button.setAccessibleText(text.get("notice.dismiss"));
        button.setTooltip(new Tooltip(text.get("notice.dismiss.tooltip")));
        button.setOnAction(event -> dismiss());
        return button;
    }

    private static Ikon iconFor(Notice.Severity severity) {
        return switch (severity) {
            case SUCCESS -> Feather.CHECK_CIRCLE;
            case WARNING -> Feather.ALERT_TRIANGLE;
            case ERROR -> Feather.ALERT_OCTAGON;
            case INFO -> Feather.INFO;
        };
    }

    private static String styleFor(Notice.Severity severity) {
        return switch (severity) {
            case SUCCESS -> Styles.SUCCESS;
            case WARNING -> Styles.WARNING;
            case ERROR -> Styles.DANGER;
            case INFO -> Styles.ACCENT;
        };
    }

    /** A message whose skin has room for the body and the dismiss button. */
    private static final class NoticeMessage extends Message {

        private final Node body;
        private final Node trailing;

        NoticeMessage(String title, Ikon icon, Node body, Node trailing) {
            super(title, null, new FontIcon(icon));
            this.body = body;
            this.trailing = trailing;
        }

        @Override
        protected Skin<?> createDefaultSkin() {
            return new NoticeMessageSkin(this, body, trailing);
        }
    }
}
