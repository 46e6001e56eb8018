package org.studyguide.scaffold;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.studyguide.diag.Diagnostic;
import org.studyguide.load.YamlProblems;
import org.studyguide.load.YamlPrescan;
import org.studyguide.model.Position;

/**
 * The table of contents of one {@code guide.yml} text as snakeyaml-engine nodes, which remember
 * where each value starts and ends in the text, so that an edit can touch exactly one place.
 *
 * @param file      the file, as shown in diagnostics
 * @param text      the text, without a byte-order mark
 * @param partsKey  the {@code parts} key, where problems with the parts as a whole are reported
 * @param parts     the parts in order
 */
record GuideOutline(Path file, String text, Node partsKey, List<PartEntry> parts) {
    private static final String CHECK_HINT = "fix guide.yml and run this again; studyguide check lists every problem";

    /**
     * One part as written.
     *
     * @param number   1-based, as {@code --part N} counts
     * @param title    the title, empty when it has none
     * @param mapping  the part's mapping
     * @param chapters the value of its {@code chapters} key, if it has one
     */
    record PartEntry(int number, String title, MappingNode mapping, Optional<Node> chapters) {
        /** The chapter ids it lists (only its text items). */
        List<ScalarNode> chapterNodes() {
            return chapters.filter(SequenceNode.class::isInstance).map(n -> ((SequenceNode) n).getValue().stream()
                    .filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast).toList()).orElse(List.of());
        }

        /** The chapter ids it lists. */
        List<String> chapterIds() {
            return chapterNodes().stream().map(s -> s.getValue().strip()).toList();
        }
    }

    /**
     * Parses {@code text}; a syntax error or a missing {@code parts} list is reported at its place.
     *
     * @throws ScaffoldException when the text cannot be read as a guide's table of contents
     */
    static GuideOutline parse(Path file, String text) throws ScaffoldException {
        LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).setAllowDuplicateKeys(false).build();
        Optional<YamlPrescan.Problem> found = YamlPrescan.scan(text, settings).stream().findFirst();
        if (found.isPresent()) {
            throw new ScaffoldException(Diagnostic.error(position(file, found.get().at()), found.get().message(),
                    CHECK_HINT));
        }
        Node root;
        try {
            root = new Compose(settings).composeString(text).orElse(null);
        } catch (MarkedYamlEngineException e) {
            YamlProblems.Explained problem = YamlProblems.explain(e, text.lines().toList());
            Position at = problem.mark().map(m -> position(file, m)).orElse(new Position(file, 1, 1));
            throw new ScaffoldException(Diagnostic.error(at, problem.message(), problem.hint()));
        } catch (YamlEngineException e) {
            throw new ScaffoldException(Diagnostic.error(new Position(file, 1, 1), "invalid YAML: " + e.getMessage(),
                    CHECK_HINT));
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new ScaffoldException(Diagnostic.error(new Position(file, 1, 1),
                    "guide.yml must be a mapping of keys to values", CHECK_HINT));
        }
        Optional<NodeTuple> parts = entry(mapping, "parts");
        if (parts.isEmpty() || !(parts.get().getValueNode() instanceof SequenceNode list)) {
            Position at = parts.map(p -> position(file, p.getValueNode())).orElse(new Position(file, 1, 1));
            throw new ScaffoldException(Diagnostic.error(at, "guide.yml has no list of parts",
                    "add 'parts:' with a part such as '- title: Chapters' and 'chapters: []' under it"));
        }
        return new GuideOutline(file, text, parts.get().getKeyNode(), parts(list));
    }

    private static List<PartEntry> parts(SequenceNode list) {
        List<PartEntry> parts = new ArrayList<>();
        for (Node item : list.getValue()) {
            if (item instanceof MappingNode part) {
                String title = entry(part, "title").map(NodeTuple::getValueNode)
                        .filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).getValue().strip()).orElse("");
                parts.add(new PartEntry(parts.size() + 1, title, part,
                        entry(part, "chapters").map(NodeTuple::getValueNode)));
            }
        }
        return List.copyOf(parts);
    }

    private static Optional<NodeTuple> entry(MappingNode mapping, String key) {
        return mapping.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key))
                .findFirst();
    }

    /** Where a node starts, as shown in diagnostics. */
    Position position(Node node) {
        return position(file, node);
    }

    private static Position position(Path file, Node node) {
        return node.getStartMark().map(m -> position(file, m)).orElse(new Position(file, 1, 1));
    }

    private static Position position(Path file, Mark mark) {
        return new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** The offset in {@link #text} (in chars) where a node starts. */
    int start(Node node) {
        return offset(node.getStartMark());
    }

    /** The offset in {@link #text} (in chars) just after a node ends. */
    int end(Node node) {
        return offset(node.getEndMark());
    }

    /** snakeyaml counts code points; Java strings count chars. */
    private int offset(Optional<Mark> mark) {
        Mark m = mark.orElseThrow(() -> new IllegalStateException("snakeyaml node without a mark"));
        return text.offsetByCodePoints(0, m.getIndex());
    }
}
