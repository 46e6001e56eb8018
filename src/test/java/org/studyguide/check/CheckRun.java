package org.studyguide.check;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.studyguide.diag.Diagnostic;
import org.studyguide.diag.Diagnostics;
import org.studyguide.model.Position;
import org.studyguide.render.SiteFiles;

/** Runs the check stage over a mini site written inline and returns what it reported. */
final class CheckRun {
    /** The folder diagnostics name pages under. */
    static final Path ROOT = Path.of("site");

    private CheckRun() {
    }

    /** Checks a site given as path, content, path, content, ... */
    static List<Diagnostic> check(String... pathsAndContents) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            files.put(pathsAndContents[i], pathsAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        Diagnostics diagnostics = new Diagnostics();
        new SiteChecker().check(SiteFiles.of(files), java.util.Optional.empty(), ROOT, diagnostics);
        return diagnostics.sorted();
    }

    /** A position in a file of the checked site. */
    static Position at(String path, int line, int column) {
        return new Position(ROOT.resolve(path), line, column);
    }
}
