package org.studyguide.scaffold;

import java.util.List;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.studyguide.diag.Diagnostic;

/**
 * Where and what to insert into {@code guide.yml} to add one chapter id at the end of a part's
 * {@code chapters}, in the style the list is already written in. Only text is inserted; every
 * other character of the file stays as it was, comments, quoting and spacing included.
 */
final class ChapterListEdit {
    /** Text to insert before the character at {@code offset}. */
    record Insertion(int offset, String text) {
    }

    private static final String LIST_ITEM = "[ \\t]*-[ \\t]+";

    private ChapterListEdit() {
    }

    /** The insertions that add {@code id} to {@code part}. */
    static List<Insertion> add(GuideOutline outline, GuideOutline.PartEntry part, String id) throws ScaffoldException {
        if (part.chapters().isEmpty()) {
            return newKey(outline, part, id);
        }
        if (!(part.chapters().get() instanceof SequenceNode list)) {
            throw new ScaffoldException(Diagnostic.error(outline.position(part.chapters().get()),
                    "the chapters of part '" + part.title() + "' are not a list",
                    "write 'chapters: []' (or a list of ids) and run this again"));
        }
        return list.getFlowStyle() == FlowStyle.FLOW ? flow(outline, list, id) : block(outline, list, id);
    }

    /** {@code text} with the insertions made. */
    static String apply(String text, List<Insertion> insertions) {
        StringBuilder out = new StringBuilder(text);
        insertions.stream().sorted((a, b) -> Integer.compare(b.offset(), a.offset()))
                .forEach(i -> out.insert(i.offset(), i.text()));
        return out.toString();
    }

    /**
     * {@code [a, b]}: {@code , id} after the last item; but when each item has a line of its own
     * (a list spread over lines, closed on a later line), a new line at the same indentation, with
     * a trailing comma when the items have one.
     */
    private static List<Insertion> flow(GuideOutline outline, SequenceNode list, String id) {
        String text = outline.text();
        List<Node> items = list.getValue();
        if (items.isEmpty()) {
            return List.of(new Insertion(outline.start(list) + 1, id));
        }
        Node last = items.get(items.size() - 1);
        String item = like(last, id);
        int lastStart = outline.start(last);
        int lastEnd = outline.end(last);
        int lineStart = Lines.lineStart(text, lastStart);
        int lineEnd = Lines.lineEnd(text, lastEnd);
        boolean ownLine = Lines.isBlank(text, lineStart, lastStart) && lineEnd < outline.end(list) - 1;
        if (!ownLine) {
            return List.of(new Insertion(lastEnd, ", " + item));
        }
        String indent = text.substring(lineStart, lastStart);
        String lineBreak = Lines.breakAt(text, lineEnd);
        int next = lineEnd + lineBreak.length();
        if (text.substring(lastEnd, lineEnd).stripLeading().startsWith(",")) {
            return List.of(new Insertion(next, indent + item + "," + lineBreak));
        }
        return List.of(new Insertion(lastEnd, ","), new Insertion(next, indent + item + lineBreak));
    }

    /** {@code - a} lines: a new {@code - id} line after the last item, indented like it. */
    private static List<Insertion> block(GuideOutline outline, SequenceNode list, String id) {
        String text = outline.text();
        Node last = list.getValue().get(list.getValue().size() - 1);
        int lastStart = outline.start(last);
        String prefix = text.substring(Lines.lineStart(text, lastStart), lastStart);
        if (!prefix.matches(LIST_ITEM)) {
            prefix = " ".repeat(column(text, outline.start(list))) + "- ";
        }
        return List.of(newLine(text, outline.end(last), prefix + like(last, id)));
    }

    /** A part without {@code chapters}: a {@code chapters: [id]} line after its last key, aligned with its keys. */
    private static List<Insertion> newKey(GuideOutline outline, GuideOutline.PartEntry part, String id)
            throws ScaffoldException {
        MappingNode mapping = part.mapping();
        if (mapping.getFlowStyle() == FlowStyle.FLOW || mapping.getValue().isEmpty()) {
            throw new ScaffoldException(Diagnostic.error(outline.position(mapping),
                    "part '" + part.title() + "' has no 'chapters' to add to",
                    "add 'chapters: []' to the part and run this again"));
        }
        List<NodeTuple> keys = mapping.getValue();
        int indent = column(outline.text(), outline.start(keys.get(0).getKeyNode()));
        int end = outline.end(keys.get(keys.size() - 1).getValueNode());
        return List.of(newLine(outline.text(), end, " ".repeat(indent) + "chapters: [" + id + "]"));
    }

    /** A new line holding {@code line}, after the line on which a node ends at {@code end}. */
    private static Insertion newLine(String text, int end, String line) {
        int at = Lines.isLineStart(text, end) ? end : Lines.nextLineStart(text, end);
        String lineBreak = Lines.lineBreak(text);
        if (at == text.length() && !Lines.isLineStart(text, at)) {
            return new Insertion(at, lineBreak + line);
        }
        return new Insertion(at, line + lineBreak);
    }

    /** The id quoted the way the list's last item is. */
    private static String like(Node last, String id) {
        ScalarStyle style = last instanceof ScalarNode scalar ? scalar.getScalarStyle() : ScalarStyle.PLAIN;
        return switch (style) {
            case DOUBLE_QUOTED -> "\"" + id + "\"";
            case SINGLE_QUOTED -> "'" + id + "'";
            default -> id;
        };
    }

    private static int column(String text, int offset) {
        return offset - Lines.lineStart(text, offset);
    }
}
