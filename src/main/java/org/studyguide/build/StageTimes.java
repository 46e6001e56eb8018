package org.studyguide.build;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How long each stage of one build took, in the order the stages ran, for {@code --timings}. The
 * stages run one after another, so each {@link #lap} ends the stage that began at the previous one;
 * a stage that ran {@link #alongside} another has its own time, which the laps do not count.
 */
public final class StageTimes {
    private final long start = System.nanoTime();
    private final List<Stage> stages = new ArrayList<>();
    private long lapStart = start;

    /** Records that {@code stage}, begun at the previous lap (or at construction), has just ended. */
    public void lap(String stage) {
        lap(stage, "");
    }

    /** Like {@link #lap(String)}, with a note on what the stage did, such as how much came from a cache. */
    public void lap(String stage, String detail) {
        long now = System.nanoTime();
        stages.add(new Stage(stage, Duration.ofNanos(now - lapStart), detail));
        lapStart = now;
    }

    /**
     * Records that {@code stage} took {@code took} on another thread while the current lap's stage
     * ran, listed before that stage; the lap goes on.
     */
    public void alongside(String stage, Duration took, String detail) {
        stages.add(new Stage(stage, took, detail));
    }

    /** The stages recorded so far, in order. */
    public List<Stage> stages() {
        return List.copyOf(stages);
    }

    /** Wall time since construction. */
    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * One stage and its wall time.
     *
     * @param name     the stage, such as {@code load} or {@code render}
     * @param duration how long it took
     * @param detail   a note on what it did, or empty
     */
    public record Stage(String name, Duration duration, String detail) {
        /** A stage without a note. */
        public Stage(String name, Duration duration) {
            this(name, duration, "");
        }
    }
}
