package dev.tidybar.app;

import javafx.animation.AnimationTimer;

/** Waiting for the screen: what is shown now has been drawn once the second pulse from now begins. */
final class Pulses {

    private Pulses() {
    }

    /** Runs {@code then} on the FX thread at the start of the second pulse from now. Call on the FX thread. */
    static void afterSecond(Runnable then) {
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
