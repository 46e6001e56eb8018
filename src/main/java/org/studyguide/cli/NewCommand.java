package org.studyguide.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.studyguide.diag.DiagnosticPrinter;
import org.studyguide.scaffold.GuideSkeleton;
import org.studyguide.scaffold.NewChapter;
import org.studyguide.scaffold.ScaffoldException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code new guide DIR} and {@code new chapter ID}: start a guide, or add a chapter to one. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Start a new guide, or add a chapter to a guide.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:written",
            "1:the guide's files stand in the way (guide.yml unreadable, chapter already there); nothing written",
            "2:the command line was wrong (malformed id, folder not empty); nothing written",
            "3:a file could not be written; nothing left changed"})
final class NewCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: use 'new guide' or 'new chapter'");
    }

    /** {@code new guide DIR}. */
    @Command(name = "guide", mixinStandardHelpOptions = true,
            description = "Write a small guide that builds (a chapter, a term, a quotation, a reading and an event)"
                    + " into DIR, which must be new or empty.")
    int guide(@Parameters(paramLabel = "DIR", description = "The new guide's folder.") Path dir,
            @Option(names = "--title", paramLabel = "TEXT",
                    description = "The guide's title (default: made from the folder's name).") String title,
            @Option(names = "--with-templates",
                    description = "Also copy the built-in templates into DIR/templates, to customise them.")
            boolean withTemplates) {
        try {
            List<Path> written = GuideSkeleton.write(dir, Optional.ofNullable(title)
                    .orElseGet(() -> GuideSkeleton.titleFor(dir)), withTemplates);
            PrintWriter out = spec.commandLine().getOut();
            out.println("Created a new guide in " + DiagnosticPrinter.shown(dir) + ":");
            written.stream().map(dir::relativize).map(Path::toString)
                    .filter(file -> !file.startsWith("templates"))
                    .forEach(file -> out.println("  " + file));
            long templates = written.stream().map(dir::relativize).filter(p -> p.startsWith("templates")).count();
            if (templates > 0) {
                out.println("  templates/ (" + templates + " files: the built-in templates, to customise)");
            }
            out.println("Next:");
            if (!dir.toAbsolutePath().normalize().equals(Path.of("").toAbsolutePath())) {
                out.println("  cd " + LaunchCommand.shellWord(DiagnosticPrinter.shown(dir)));
            }
            String studyguide = LaunchCommand.current();
            out.println("  " + studyguide + " build    # builds the site into site/");
            out.println("  " + studyguide + " serve    # preview with live reload");
            out.flush();
            return Main.OK;
        } catch (ScaffoldException e) {
            return refused(e, "new guide");
        }
    }

    /** {@code new chapter ID}. */
    @Command(name = "chapter", mixinStandardHelpOptions = true,
            description = "Write content/chapters/ID.md with placeholders to fill in, and add ID to a part in"
                    + " guide.yml without touching the rest of the file.")
    int chapter(@Parameters(paramLabel = "ID", description = "The chapter's id, also its file name, e.g. arms-control.")
            String id,
            @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
                    description = "The guide's content folder (default: ${DEFAULT-VALUE}).") Path content,
            @Option(names = "--part", paramLabel = "TITLE|N",
                    description = "The part to add it to: its title, or its number from 1 (default: the last part).")
            String part,
            @Option(names = "--title", paramLabel = "TEXT",
                    description = "The chapter's title (default: made from the id).") String title) {
        try {
            NewChapter.Added added = NewChapter.add(content, id, Optional.ofNullable(part), Optional.ofNullable(title));
            PrintWriter out = spec.commandLine().getOut();
            out.println("Created " + DiagnosticPrinter.shown(added.chapterFile()));
            out.println("Added '" + id + "' to part '" + added.part() + "' at "
                    + DiagnosticPrinter.location(added.listedAt()));
            out.println("Next: replace its \"Draft\" lines, then run " + LaunchCommand.current() + " build");
            out.flush();
            return Main.OK;
        } catch (ScaffoldException e) {
            return refused(e, "new chapter");
        }
    }

    private int refused(ScaffoldException e, String command) {
        PrintWriter err = spec.commandLine().getErr();
        if (e.diagnostics().isEmpty()) {
            err.println("studyguide: " + e.getMessage());
        } else {
            err.print(new DiagnosticPrinter().format(e.diagnostics()));
            err.println("studyguide: " + command + " refused; nothing was written");
        }
        err.flush();
        return switch (e.reason()) {
            case ARGUMENT -> CommandLine.ExitCode.USAGE;
            case GUIDE -> Main.CONTENT_ERRORS;
            case WRITE -> Main.OUTPUT_FAILED;
        };
    }
}
