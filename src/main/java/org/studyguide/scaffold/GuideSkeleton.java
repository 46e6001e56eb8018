package org.studyguide.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.studyguide.diag.IoProblems;

/**
 * {@code new guide DIR}: a small guide that builds cleanly and shows every feature (a chapter, a
 * term, a quotation verified against its reading, a reading and an event), written into a new or
 * empty folder, never over anything.
 */
public final class GuideSkeleton {
    private static final String SKELETON = "org/studyguide/scaffold/skeleton";
    /** Where the pom puts the built-in templates in the jar. */
    private static final String BUILT_IN_TEMPLATES = "org/studyguide/templates";
    private static final String TITLE = "{{title}}";
    /** Maven leaves dot files out of the jar, so these are stored under other names. */
    private static final Map<String, String> RENAMED = Map.of("gitignore", ".gitignore");

    private GuideSkeleton() {
    }

    /** A title to start from, made from the folder's name: {@code my-guide} gives {@code My guide}. */
    public static String titleFor(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return name == null ? "My study guide" : ChapterSlug.title(name.toString());
    }

    /**
     * Writes the guide into {@code dir} (created if missing) and returns the files written, in
     * order; with {@code withTemplates} also a copy of the built-in templates to customise.
     *
     * @throws ScaffoldException when {@code dir} is not a new or empty folder, or writing fails
     *                           (then whatever was written is removed again)
     */
    public static List<Path> write(Path dir, String title, boolean withTemplates) throws ScaffoldException {
        refuseUnlessEmpty(dir);
        Map<String, byte[]> files = files(title, withTemplates);
        List<Path> created = new ArrayList<>();
        try {
            created.addAll(createFolders(dir));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                created.addAll(createFolders(target.getParent()));
                Files.write(target, file.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                created.add(target);
            }
        } catch (IOException e) {
            String undone = Rollback.delete(created);
            throw new ScaffoldException(ScaffoldException.Reason.WRITE,
                    "could not write the new guide into " + dir + ": " + IoProblems.describe(e) + "; " + undone);
        }
        return files.keySet().stream().map(dir::resolve).toList();
    }

    private static void refuseUnlessEmpty(Path dir) throws ScaffoldException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ScaffoldException(ScaffoldException.Reason.ARGUMENT,
                    dir + " exists and is not a folder; give a new or empty folder for the guide");
        }
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).sorted().limit(4).toList();
            if (!names.isEmpty()) {
                throw new ScaffoldException(ScaffoldException.Reason.ARGUMENT, dir + " is not empty (it holds "
                        + String.join(", ", names) + (names.size() == 4 ? ", ..." : "")
                        + "); new guide writes only into a new or empty folder, so nothing was written");
            }
        } catch (IOException e) {
            throw new ScaffoldException(ScaffoldException.Reason.WRITE, "cannot read " + dir + ": " + IoProblems.describe(e));
        }
    }

    /** Relative path to contents, sorted by path. */
    private static Map<String, byte[]> files(String title, boolean withTemplates) {
        Map<String, byte[]> files = new TreeMap<>();
        ResourceFolder.read(SKELETON).forEach((path, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            String filled = text.replace(TITLE, path.endsWith(".yml") ? YamlText.scalar(title) : title);
            files.put(RENAMED.getOrDefault(path, path), filled.getBytes(StandardCharsets.UTF_8));
        });
        if (withTemplates) {
            ResourceFolder.read(BUILT_IN_TEMPLATES).forEach((path, bytes) -> files.put("templates/" + path, bytes));
        }
        return files;
    }

    /** Creates {@code dir} and any missing parents, returning the folders it created, outermost first. */
    private static List<Path> createFolders(Path dir) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = dir.toAbsolutePath().normalize(); p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        Files.createDirectories(dir);
        return missing;
    }
}
