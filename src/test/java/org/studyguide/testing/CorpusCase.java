package org.studyguide.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One case of the bad-input corpus ({@code src/test/resources/corpus/*.case}): a small guide (the
 * {@link GuideFixture} guide, without PDFs, changed by the case) and what the command line must do
 * with it. The file is a header of {@code key: value} lines, then sections:
 * <pre>
 * # what the case is about
 * exit: 1                               expected exit code
 * at: content/guide.yml:15:1            a diagnostic's place (relative to the case's folder); repeatable
 * says: is given twice                  a fragment the output must contain; repeatable
 * args: build --content {root}/content  the command line (default: build of content/ into site/)
 * text: chapters/second.html | ${7*7}   a built page's text must contain the fragment; repeatable
 * === content/guide.yml                 the file's whole text
 * === append content/chapters/second.md text added to the end of the file
 * === delete content/timeline.yml       the file is removed
 * === link content/chapters/second.md -> {root}/outside.md   a symbolic link
 * </pre>
 * In file texts, {@code {{repeat N|text}}} stands for the text N times ({@code \n} a new line),
 * {@code {{byte XX}}} for one raw byte, and {@code {root}} for the case's folder.
 */
public record CorpusCase(String name, int exit, List<String> at, List<String> says, Optional<String> args,
        List<String> texts, List<String> sections) {
    private static final Pattern MACRO = Pattern.compile("\\{\\{repeat (\\d+)\\|(.*?)}}|\\{\\{byte ([0-9A-Fa-f]{2})}}");

    /** Reads a case file. */
    public static CorpusCase read(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.case$", "");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int split = text.indexOf("\n=== ");
        String header = split < 0 ? text : text.substring(0, split);
        List<String> sections = split < 0 ? List.of() : List.of(text.substring(split + 5).split("\n=== ", -1));
        int exit = -1;
        List<String> at = new ArrayList<>();
        List<String> says = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Optional<String> args = Optional.empty();
        for (String line : header.lines().toList()) {
            int colon = line.indexOf(": ");
            if (line.startsWith("#") || line.isBlank() || colon < 0) {
                continue;
            }
            String value = line.substring(colon + 2).strip();
            switch (line.substring(0, colon)) {
                case "exit" -> exit = Integer.parseInt(value);
                case "at" -> at.add(value);
                case "says" -> says.add(value);
                case "args" -> args = Optional.of(value);
                case "text" -> texts.add(value);
                default -> throw new IllegalArgumentException(file + ": unknown header line " + line);
            }
        }
        if (exit < 0) {
            throw new IllegalArgumentException(file + ": no 'exit:' line");
        }
        return new CorpusCase(name, exit, at, says, args, texts, sections);
    }

    /** Writes the base guide and the case's changes under {@code root}. */
    public void writeTo(Path root) throws IOException {
        GuideFixture.in(root).file("guide.yml", GuideFixture.GUIDE + "pdf: false\n").writeFiles();
        for (String section : sections) {
            int newline = section.indexOf('\n');
            String head = newline < 0 ? section : section.substring(0, newline);
            String body = newline < 0 ? "" : section.substring(newline + 1);
            String[] words = head.strip().split(" ", 2);
            switch (words[0]) {
                case "append" -> append(root.resolve(words[1]), bytes(body, root));
                case "delete" -> Files.delete(root.resolve(words[1]));
                case "link" -> link(root, words[1]);
                default -> write(root.resolve(head.strip()), bytes(body, root));
            }
        }
    }

    /** The command line, with {@code {root}} replaced. */
    public String[] commandLine(Path root) {
        String line = args.orElse("build --content {root}/content --out {root}/site");
        return line.replace("{root}", root.toString()).split(" ");
    }

    private static void link(Path root, String spec) throws IOException {
        String[] parts = spec.split(" -> ");
        Path link = root.resolve(parts[0]);
        Files.createDirectories(link.getParent());
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, Path.of(parts[1].replace("{root}", root.toString())));
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static void append(Path file, byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(Files.readAllBytes(file));
        out.write(bytes);
        Files.write(file, out.toByteArray());
    }

    /** A file's text with its macros expanded, as bytes. */
    static byte[] bytes(String text, Path root) {
        String input = text.replace("{root}", root.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Matcher macro = MACRO.matcher(input);
        int last = 0;
        while (macro.find()) {
            out.writeBytes(input.substring(last, macro.start()).getBytes(StandardCharsets.UTF_8));
            if (macro.group(3) != null) {
                out.write(Integer.parseInt(macro.group(3), 16));
            } else {
                out.writeBytes(macro.group(2).replace("\\n", "\n").repeat(Integer.parseInt(macro.group(1)))
                        .getBytes(StandardCharsets.UTF_8));
            }
            last = macro.end();
        }
        out.writeBytes(input.substring(last).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
