package org.studyguide.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.studyguide.diag.Diagnostics;
import org.studyguide.diag.Suggestions;
import org.studyguide.model.Markdown;
import org.studyguide.model.Position;
import org.studyguide.model.Ref;

/**
 * Typed, checked reading of one YAML mapping: unknown keys, missing required keys and values of
 * the wrong shape are reported with their exact position, and reading goes on with a safe default
 * so one build reports every problem.
 */
final class YamlMap {
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Position> keyPositions = new LinkedHashMap<>();
    private final YamlSource source;
    private final Diagnostics diagnostics;
    private final Position position;
    private final String what;

    private YamlMap(MappingNode node, YamlSource source, Diagnostics diagnostics, String what, Set<String> keys) {
        this.source = source;
        this.diagnostics = diagnostics;
        this.position = source.position(node);
        this.what = what;
        for (NodeTuple tuple : node.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
            Position at = source.position(tuple.getKeyNode());
            if (!keys.contains(key)) {
                diagnostics.error(at, "unknown key '" + key + "' in " + what,
                        Suggestions.didYouMean(key, keys).orElse("allowed keys: " + String.join(", ", sorted(keys))));
                continue;
            }
            values.put(key, tuple.getValueNode());
            keyPositions.put(key, at);
        }
    }

    /** Reads {@code node} as a mapping with the given allowed keys, or reports that it is not one. */
    static Optional<YamlMap> of(Node node, YamlSource source, Diagnostics diagnostics, String what, Set<String> keys) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(mapping, source, diagnostics, what, keys));
        }
        diagnostics.error(source.position(node), what + " must be a mapping of keys to values, found " + shape(node));
        return Optional.empty();
    }

    /** Reads {@code node} as a list of mappings, each with the allowed keys; other items are reported. */
    static List<YamlMap> listOf(Node node, YamlSource source, Diagnostics diagnostics, String what, Set<String> keys) {
        if (!(node instanceof SequenceNode sequence)) {
            diagnostics.error(source.position(node), "expected a list of " + what + " entries, found " + shape(node),
                    "start each entry with '- '");
            return List.of();
        }
        List<YamlMap> maps = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            of(item, source, diagnostics, what + " entry", keys).ifPresent(maps::add);
        }
        return maps;
    }

    /** Where the mapping starts. */
    Position position() {
        return position;
    }

    /** Where the value of {@code key} starts, or the mapping's position when the key is absent. */
    Position positionOf(String key) {
        Node node = values.get(key);
        return node == null ? position : source.position(node);
    }

    /** True when the key is present. */
    boolean has(String key) {
        return values.containsKey(key);
    }

    /** A required, non-empty text value; reports its absence and returns an empty string. */
    String text(String key) {
        Optional<String> value = optionalText(key);
        requireValue(key, value.map(String::isEmpty));
        return value.orElse("");
    }

    private void requireValue(String key, Optional<Boolean> empty) {
        if (!values.containsKey(key)) {
            diagnostics.error(position, named(key) + " has no '" + key + "'", "add '" + key + ": ...'");
        } else if (empty.orElse(false)) {
            diagnostics.error(positionOf(key), "'" + key + "' is empty", "write a value after '" + key + ":'");
        }
    }

    /** The mapping as a message names it: by its id when it has one ("quotation 'q1'"), else by kind. */
    private String named(String missingKey) {
        if (!missingKey.equals("id") && values.get("id") instanceof ScalarNode id && !id.getValue().isBlank()) {
            return what.replaceFirst(" entry$", "") + " '" + id.getValue().strip() + "'";
        }
        return what;
    }

    /** An optional text value (any scalar: numbers and dates are read as written). */
    Optional<String> optionalText(String key) {
        Node node = values.get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue().strip());
        }
        diagnostics.error(source.position(node), "'" + key + "' must be text, found " + shape(node));
        return Optional.empty();
    }

    /** A required Markdown value, which keeps its place in the file. */
    Markdown markdown(String key) {
        Optional<Markdown> value = optionalMarkdown(key);
        requireValue(key, value.map(m -> m.text().isBlank()));
        return value.orElseGet(() -> Markdown.at("", position));
    }

    /** An optional Markdown value. */
    Optional<Markdown> optionalMarkdown(String key) {
        Node node = values.get(key);
        if (node instanceof ScalarNode scalar) {
            return Optional.of(source.markdown(scalar));
        }
        optionalText(key);
        return Optional.empty();
    }

    /** A list of text values; absent means empty. A single scalar is not accepted, to keep one shape. */
    List<String> texts(String key) {
        return scalars(key).stream().map(ScalarNode::getValue).map(String::strip).toList();
    }

    /** A list of Markdown values; absent means empty. */
    List<Markdown> markdowns(String key) {
        return scalars(key).stream().map(source::markdown).toList();
    }

    /** A list of ids naming items of {@code kind}, each with its own position. */
    List<Ref> refs(String key, Ref.Kind kind) {
        return scalars(key).stream()
                .map(s -> new Ref(kind, s.getValue().strip(), source.position(s)))
                .toList();
    }

    /**
     * A mapping from ids naming items of {@code kind} to one Markdown value each (such as a chapter's
     * {@code stances}), in the order written; absent means empty.
     */
    List<Map.Entry<Ref, Markdown>> markdownById(String key, Ref.Kind kind) {
        Node node = values.get(key);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof MappingNode mapping)) {
            diagnostics.error(source.position(node), "'" + key + "' must be a mapping of ids to text, found " + shape(node),
                    "write one 'id: text' line for each, indented under '" + key + ":'");
            return List.of();
        }
        List<Map.Entry<Ref, Markdown>> entries = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode id)) {
                diagnostics.error(source.position(tuple.getKeyNode()), "each key of '" + key + "' must be an id");
            } else if (!(tuple.getValueNode() instanceof ScalarNode value)) {
                diagnostics.error(source.position(tuple.getValueNode()), "the value of '" + id.getValue()
                        + "' in '" + key + "' must be text, found " + shape(tuple.getValueNode()));
            } else if (value.getValue().isBlank()) {
                diagnostics.error(source.position(value), "the value of '" + id.getValue() + "' in '" + key
                        + "' is empty", "write one line of text after '" + id.getValue() + ":', or remove the line");
            } else {
                // An id given twice is refused by the parser's duplicate-key check already.
                entries.add(Map.entry(new Ref(kind, id.getValue().strip(), source.position(id)), source.markdown(value)));
            }
        }
        return entries;
    }

    /** A list of mappings with the given allowed keys. */
    List<YamlMap> maps(String key, String itemWhat, Set<String> keys) {
        Node node = values.get(key);
        return node == null ? List.of() : listOf(node, source, diagnostics, itemWhat, keys);
    }

    private List<ScalarNode> scalars(String key) {
        Node node = values.get(key);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            diagnostics.error(source.position(node), "'" + key + "' must be a list, found " + shape(node),
                    "write it as [a, b] or as lines starting with '- '");
            return List.of();
        }
        List<ScalarNode> scalars = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar) {
                scalars.add(scalar);
            } else {
                diagnostics.error(source.position(item), "each item of '" + key + "' must be text, found " + shape(item));
            }
        }
        return scalars;
    }

    private static String shape(Node node) {
        return switch (node.getNodeType()) {
            case MAPPING -> "a mapping";
            case SEQUENCE -> "a list";
            default -> "text '" + ((ScalarNode) node).getValue() + "'";
        };
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }
}
