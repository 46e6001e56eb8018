package org.studyguide.load;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * snakeyaml-engine's syntax errors ("expected &lt;block end&gt;, but found '?'") in plain words,
 * with the likely fix, for the mistakes authors make most: a missing closing quote or bracket, a
 * tab, a missing colon or space after it, a colon inside a value, a line indented wrongly. A
 * problem not recognised keeps the parser's own words.
 */
public final class YamlProblems {
    private static final Pattern CANNOT_START = Pattern.compile("found character '(.+?)' that cannot start any token");
    private static final Pattern UNKNOWN_ESCAPE = Pattern.compile("found unknown escape character (\\S+?)\\(\\d+\\)");
    private static final Pattern UNDEFINED_ALIAS = Pattern.compile("found undefined alias (\\S+)");
    private static final Pattern FOUND = Pattern.compile("but found '(.+)'$");

    private YamlProblems() {
    }

    /**
     * A YAML problem explained.
     *
     * @param mark    where to report it: the start of the construct left open, or where the parser stopped
     * @param message what is wrong, in the author's terms
     * @param hint    how to fix it
     */
    public record Explained(Optional<Mark> mark, String message, String hint) {
    }

    /** Explains {@code e}, raised while parsing a text of {@code lines}. */
    public static Explained explain(MarkedYamlEngineException e, List<String> lines) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Optional<Mark> opened = e.getContextMark().or(e::getProblemMark);
        // At the end of the text the parser's own mark says nothing; where the construct left open began does.
        boolean atEnd = problem.contains("end of stream") || problem.contains("<stream end>");
        Optional<Mark> at = atEnd ? opened : e.getProblemMark().or(e::getContextMark);
        Matcher matcher;
        if (context.contains("quoted scalar") && problem.contains("end of stream")) {
            return new Explained(opened, "this quoted text has no closing quote",
                    "end the text with the same quote mark it starts with; to write that quote mark inside"
                            + " it, double it in single quotes ('it''s') or write \\\" in double quotes");
        }
        if ((matcher = CANNOT_START.matcher(problem)).find()) {
            return cannotStart(at, matcher.group(1));
        }
        if (problem.contains("could not find expected ':'")) {
            return missingColon(opened, lines);
        }
        if (problem.contains("mapping values are not allowed here")) {
            return colonOutOfPlace(at, lines);
        }
        if (problem.startsWith("expected ',' or ']'") || problem.startsWith("expected ',' or '}'")) {
            String close = problem.contains("]") ? "]" : "}";
            String open = close.equals("]") ? "[" : "{";
            return new Explained(opened, "the '" + open + "' here is never closed",
                    "close it with '" + close + "' on the same line, e.g. readings: [first-reading, second-reading]");
        }
        if ((matcher = UNKNOWN_ESCAPE.matcher(problem)).find()) {
            return new Explained(at, "'\\" + matcher.group(1) + "' is not an escape YAML knows in double-quoted text",
                    "write a backslash as \\\\, or use single quotes, in which a backslash is an ordinary character");
        }
        if ((matcher = UNDEFINED_ALIAS.matcher(problem)).find()) {
            return new Explained(at, "'*" + matcher.group(1) + "' refers to an anchor '&" + matcher.group(1)
                    + "' that is not defined above", "if the '*' is part of the text, put the value in quotes");
        }
        if (problem.contains("found another document")) {
            return new Explained(at, "a second document starts here, after a '---' line",
                    "a YAML file here holds one document: remove the '---' line or move what follows to its own file");
        }
        if (context.startsWith("while scanning an alias") || context.startsWith("while scanning an anchor")) {
            String sign = context.contains("alias") ? "*" : "&";
            return new Explained(opened, "a value cannot start with '" + sign + "' alone",
                    "put the value in quotes if the '" + sign + "' is part of the text");
        }
        if ((matcher = FOUND.matcher(problem)).find()) {
            return unexpected(at, matcher.group(1), context, lines);
        }
        String words = (context.isEmpty() ? problem : context + ", " + problem).strip();
        return new Explained(at, "invalid YAML: " + words, "check the indentation and quoting on this line or the line before it");
    }

    private static Explained cannotStart(Optional<Mark> at, String character) {
        if (character.startsWith("\\t")) {
            return new Explained(at, "a tab character here: YAML indents with spaces only",
                    "replace the tab with spaces (your editor can show tabs and convert them)");
        }
        return new Explained(at, "a value cannot start with '" + character + "'",
                "put the value in quotes, e.g. \"" + character + "...\"");
    }

    private static Explained missingColon(Optional<Mark> keyStart, List<String> lines) {
        String line = lineAt(keyStart, lines);
        Matcher glued = Pattern.compile("^\\s*(?:-\\s+)?([\\w-]+):(\\S)").matcher(line);
        if (glued.find()) {
            return new Explained(keyStart, "'" + glued.group(1) + ":' needs a space after the colon",
                    "write '" + glued.group(1) + ": " + glued.group(2) + "...'");
        }
        return new Explained(keyStart, "this line has no ':' after its key",
                "write 'key: value', with a space after the colon; a line that continues the text above must"
                        + " be indented more than that text's key");
    }

    private static Explained colonOutOfPlace(Optional<Mark> colon, List<String> lines) {
        String line = lineAt(colon, lines);
        int column = colon.map(Mark::getColumn).orElse(0);
        int earlier = line.indexOf(": ");
        if (earlier >= 0 && earlier < column) {
            String key = line.substring(0, earlier).strip();
            return new Explained(colon, "this value contains ': ', which YAML reads as the start of another key",
                    "put the whole value in quotes: " + key + ": \"" + line.substring(earlier + 2).strip() + "\"");
        }
        return new Explained(colon, "this line is indented more than the key above it, so its ':' cannot start a key",
                "line it up with the keys it belongs with (the same number of spaces), or, if it continues the"
                        + " text above, put that text in quotes");
    }

    private static Explained unexpected(Optional<Mark> at, String found, String context, List<String> lines) {
        String before = lineAt(at, lines).substring(0, Math.min(lineAt(at, lines).length(),
                at.map(Mark::getColumn).orElse(0))).stripTrailing();
        if (found.equals("<scalar>") && (before.endsWith("\"") || before.endsWith("'"))) {
            return afterClosingQuote(at, before.charAt(before.length() - 1), lines);
        }
        if (found.equals("-") && context.contains("block mapping")) {
            return new Explained(at, "a list item ('- ') where a 'key: value' line was expected",
                    "indent the list under the key it belongs to (key:, then '  - item' on the next lines),"
                            + " or remove the '- '");
        }
        if (found.equals("?") && context.contains("block collection")) {
            return new Explained(at, "a 'key: value' line where another list item ('- ') was expected",
                    "start it with '- ' to begin a new item, or indent it like the keys of the item above");
        }
        if (found.equals("}") || found.equals("]") || found.equals("-")) {
            return new Explained(at, "unexpected '" + found + "' here",
                    "if the '" + found + "' is part of the text, put the value in quotes");
        }
        return new Explained(at, "this line is not indented like the lines around it",
                "in YAML, indentation shows what belongs together: the keys of one entry line up exactly,"
                        + " and the items of a list all start with '- ' in the same column");
    }

    /**
     * Text after a closing quote. When that quote is the only one of its kind on its line, it closes
     * text opened on an earlier line: the real mistake is a quote left open there, on the nearest line
     * above with an odd number of such quotes, which is where the problem is reported.
     */
    private static Explained afterClosingQuote(Optional<Mark> at, char quote, List<String> lines) {
        int line = at.map(Mark::getLine).orElse(-1);
        String before = lineAt(at, lines).substring(0, at.map(Mark::getColumn).orElse(0));
        if (line > 0 && count(before, quote) % 2 == 1) {
            for (int i = line - 1; i >= 0; i--) {
                if (count(lines.get(i), quote) % 2 == 1) {
                    Mark opened = new Mark("", 0, i, lines.get(i).lastIndexOf(quote), new int[0], 0);
                    return new Explained(Optional.of(opened), "this quoted text has no closing quote on its line",
                            "end it with " + quote + " on this line; without it, YAML reads on to the next "
                                    + quote + " further down");
                }
            }
        }
        return new Explained(at, "text after the closing quote", "put all of the value inside the quotes");
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    private static String lineAt(Optional<Mark> mark, List<String> lines) {
        int line = mark.map(Mark::getLine).orElse(-1);
        return line >= 0 && line < lines.size() ? lines.get(line) : "";
    }
}
