package org.studyguide.cli;

/** Entry point of the packaged jar (being written). */
public final class Main {
    private Main() {
    }

    /** Runs the command line. */
    public static void main(String[] args) {
        System.exit(0);
    }
}
