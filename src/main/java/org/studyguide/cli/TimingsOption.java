package org.studyguide.cli;

import picocli.CommandLine.Option;

/** {@code --timings}, shared by {@code build} and {@code check}. */
final class TimingsOption {
    @Option(names = "--timings",
            description = "After the summary, print how long each stage took (load, link, render, check, ...)"
                    + " to standard error.")
    boolean timings;
}
