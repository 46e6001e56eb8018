package org.studyguide.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.studyguide.cache.CacheKey;

/**
 * The part of a page's key that stands for the guide's own templates: every file in its templates
 * folder (any of them may be included as a template), by path and contents. The built-in templates
 * are part of the code. A template could still show what is in neither its model nor its text:
 * the time ({@code .now}), or code made at run time ({@code ?eval}, {@code ?interpret}, which
 * could reach {@code .now}); and a template read in another encoding ({@code encoding=}) is not
 * what the words here say. Templates that may do any of that get no fingerprint, and their pages
 * are not kept; nor are they when the folder holds a symbolic link (or anything else that is not
 * a plain file or folder), whose target is not read.
 */
final class TemplateFingerprint {
    /** Words that may begin such a use: a cheap test before a file is parsed to be sure. */
    private static final Pattern SUSPECT = Pattern.compile("(?<![\\w$@])(?:now|eval|interpret)(?![\\w$@])");
    /** In a parsed template's canonical form, which writes each of them exactly so. */
    private static final Pattern REFUSED = Pattern.compile("\\.now\\b|\\?(?:eval|interpret)\\b|encoding");

    private TemplateFingerprint() {
    }

    /**
     * The fingerprint of {@code folder} (or of none), or empty when a file cannot be read or a
     * template may show what is not in its model.
     *
     * @param canonical a template's canonical form by its name in the folder, or empty when it does
     *                  not parse (so cannot be used as a template either)
     */
    static Optional<byte[]> of(Optional<Path> folder, Function<String, Optional<String>> canonical) {
        CacheKey key = CacheKey.of("templates, 1");
        if (folder.isEmpty() || !Files.isDirectory(folder.get())) {
            return Optional.of(key.add("none").digest());
        }
        Path root = folder.get();
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(path -> !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
            for (Path file : files) {
                // A link's target is not read (it may lie outside the guide); its pages go unkept.
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    return Optional.empty();
                }
                String name = root.relativize(file).toString().replace('\\', '/');
                byte[] bytes = Files.readAllBytes(file);
                if (!usesOnlyItsModel(name, new String(bytes, StandardCharsets.ISO_8859_1), canonical)) {
                    return Optional.empty();
                }
                key.add(name).add(bytes);
            }
            return Optional.of(key.digest());
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** Whether a file, used as a template, shows nothing but its model and its own text. */
    static boolean usesOnlyItsModel(String name, String text, Function<String, Optional<String>> canonical) {
        if (text.contains("encoding")) {
            return false;
        }
        if (!SUSPECT.matcher(text).find()) {
            return true;
        }
        return canonical.apply(name).map(form -> !REFUSED.matcher(form).find()).orElse(false);
    }
}
