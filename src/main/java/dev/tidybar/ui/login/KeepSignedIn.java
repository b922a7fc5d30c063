package dev.tidybar.ui.login;

import dev.tidybar.api.RocketChatException;
import dev.tidybar.api.Session;
import dev.tidybar.keychain.KeychainException;
import dev.tidybar.keychain.KeychainUnavailableException;
import dev.tidybar.keychain.SessionKeeper;
import dev.tidybar.ui.common.BackgroundCall;
import dev.tidybar.ui.common.ErrorNotices;
import dev.tidybar.ui.common.ErrorNotices.KeychainStep;
import dev.tidybar.ui.common.Notice;
import dev.tidybar.ui.common.TaskRunner;
import dev.tidybar.ui.common.UiText;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * "Keep me signed in": whether a system keychain can take a session, the user's choice, and what
 * this run knows to be kept. Every keychain call runs on {@code keychainTasks}, a single thread, so
 * the calls reach the keychain in the order they were made: a keep, then the forget of a quick log
 * out, never the other way round.
 */
public final class KeepSignedIn {

    /** Whether the option can be offered. */
    public enum Availability { CHECKING, AVAILABLE, UNAVAILABLE }

    private final SessionKeeper keeper;
    private final TaskRunner keychainTasks;
    private final ErrorNotices errors;
    private final UiText text;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected");
    private final ReadOnlyObjectWrapper<Availability> availability =
            new ReadOnlyObjectWrapper<>(this, "availability", Availability.CHECKING);
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation");
    /** The session the keychain holds as far as this run knows, or null: only then is there anything to forget. */
    private Session kept;

    /** @param keychainTasks one worker thread, which keeps the keychain calls in order */
    public KeepSignedIn(SessionKeeper keeper, TaskRunner keychainTasks, ErrorNotices errors, UiText text) {
        this.keeper = keeper;
        this.keychainTasks = keychainTasks;
        this.errors = errors;
        this.text = text;
        explanation.set(text.get("login.keep.checking"));
    }

    // Properties

    /** The check box: keep the next sign-in. Ticked at start when a session was kept. */
    public BooleanProperty selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Availability> availabilityProperty() {
        return availability.getReadOnlyProperty();
    }

    /** What the option does, or why it cannot be offered: the check box's tooltip. */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    // Commands

    /** Only asks whether a keychain answers, leaving a kept session alone (the smoke test signs in by itself). */
    public void probe() {
        onKeychain(() -> {
            keeper.probe();
            return null;
        }, done -> { }, KeychainStep.READ, notice -> { });
    }

    /**
     * At start: a kept session goes to {@code resume}; a keychain that fails to read it says so through
     * {@code show}.
     */
    void recall(Consumer<Session> resume, Consumer<Notice> show) {
        onKeychain(keeper::recall, found -> found.ifPresent(session -> {
            kept = session;
            selected.set(true);
            resume.accept(session);
        }), KeychainStep.READ, show);
    }

    /** After any sign-in: keeps the session if the box is ticked, else forgets the one kept before. */
    public void afterSignIn(Session session, Consumer<Notice> show) {
        if (!selected.get() || availability.get() != Availability.AVAILABLE) {
            forget(show);
            return;
        }
        kept = session;
        onKeychain(() -> {
            keeper.keep(session);
            return null;
        }, done -> { }, KeychainStep.KEEP, show);
    }

    /**
     * Log out, or the server ended the session: the kept session is of no use any more, and the next
     * sign-in is kept only when the box is ticked again.
     */
    public void forget(Consumer<Notice> show) {
        selected.set(false);
        if (kept == null) {
            return;
        }
        kept = null;
        onKeychain(() -> {
            keeper.forget();
            return null;
        }, done -> { }, KeychainStep.FORGET, show);
    }

    /**
     * The check of a kept session at start failed. A 401 means the server ended that session: it is
     * forgotten. Anything else (the network, a server error) leaves it kept, for {@code retry}.
     */
    Notice checkFailed(RocketChatException failure, Session checked, Runnable retry, Consumer<Notice> show) {
        if (failure.httpStatus() == 401) {
            forget(show);
            return errors.keptSessionEnded(checked, failure);
        }
        return errors.keptSessionUnchecked(failure, checked.workspace(), retry);
    }

    // Work

    /** Runs {@code call} on the keychain's thread; every answer also tells whether a keychain answers at all. */
    private <T> void onKeychain(BackgroundCall<T> call, Consumer<? super T> then, KeychainStep step,
                                Consumer<Notice> show) {
        keychainTasks.run(call, answer -> {
            available(true);
            then.accept(answer);
        }, failure -> {
            if (!(failure instanceof KeychainException refused)) {
                // not the keychain's answer but a bug: the app's uncaught-exception dialog reports it
                throw new IllegalStateException("A keychain call failed unexpectedly", failure);
            }
            if (refused instanceof KeychainUnavailableException none) {
                kept = null;
                available(false);
                explanation.set(errors.keychainUnavailable(none));
                if (step == KeychainStep.READ) {
                    return; // at start the greyed-out box and its tooltip say it
                }
            }
            show.accept(errors.keychainFailure(step, refused));
        });
    }

    private void available(boolean answers) {
        availability.set(answers ? Availability.AVAILABLE : Availability.UNAVAILABLE);
        if (answers) {
            explanation.set(text.get("login.keep.help"));
        } else {
            selected.set(false);
        }
    }
}
