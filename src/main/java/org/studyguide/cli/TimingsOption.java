package org.studyguide.cli;

import picocli.CommandLine.Option;

/** {@code --timings}, shared by {@code build}, {@code check} and {@code serve}. */
final class TimingsOption {
    @Option(names = "--timings",
            description = "Print how long each stage took (load, link, render, check, ...): build and check"
                    + " after the summary, on standard error; serve after each build's line.")
    boolean timings;
}
