package org.studyguide.cli;

import java.util.concurrent.Callable;
import org.studyguide.build.BuildOptions;
import org.studyguide.build.GuideBuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code check}: everything {@code build} does except writing the site. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Load, link, render and check the guide without writing anything.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    private GuideOptions options;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        BuildOptions build = options.toBuildOptions();
        return Report.print(GuideBuild.check(build), build.out(), "check",
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
