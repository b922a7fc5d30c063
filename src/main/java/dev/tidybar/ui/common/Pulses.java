package dev.tidybar.ui.common;

import javafx.animation.AnimationTimer;

/** Waiting for the screen: what is shown now has been drawn once the second pulse from now begins. */
public final class Pulses {

    private Pulses() {
    }

    /** Runs {@code then} on the FX thread at the start of the second pulse from now. Call on the FX thread. */
    public static void afterSecond(Runnable then) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }
}
