package org.studyguide.cli;

import java.util.concurrent.Callable;
import org.studyguide.build.BuildOptions;
import org.studyguide.build.BuildResult;
import org.studyguide.build.GuideBuild;
import org.studyguide.publish.PublishException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code build}: builds the guide and publishes it into the output folder when it has no errors. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site; on any error print every problem and leave the output folder unchanged.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    private GuideOptions options;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        BuildOptions build = options.toBuildOptions();
        try {
            BuildResult result = GuideBuild.build(build);
            return Report.print(result, build.out(), "build", spec.commandLine().getOut(), spec.commandLine().getErr());
        } catch (PublishException e) {
            spec.commandLine().getErr().println("studyguide: " + e.getMessage());
            return Main.OUTPUT_FAILED;
        }
    }
}
