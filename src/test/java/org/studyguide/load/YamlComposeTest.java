package org.studyguide.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reading a YAML text in one pass ({@link YamlCompose}) gives what the prescan followed by a second
 * parse for the nodes gave: the same problems, the same error and the same nodes.
 */
class YamlComposeTest {
    private static final LoadSettings SETTINGS = LoadSettings.builder().setLabel("t.yml")
            .setAllowDuplicateKeys(false).build();

    static Stream<String> texts() throws IOException {
        List<String> texts = new ArrayList<>(List.of(
                "", "# only a comment\n", "a: 1\nb: [x, y]\nc: {d: e}\n",
                "a: 1\na: 2\n",
                "a: *nowhere\nb: 1\nb: 2\n",
                "a: 1\n---\nb: 1\nb: 2\n",
                "a: 1\nb: [unclosed\nc: 1\nc: 2\n",
                "a: 1\na: 2\n  bad: indentation\n",
                "x: &a [1]\n" + "y: *a\n".repeat(3),
                "- " + "[".repeat(60) + "]".repeat(60) + "\n",
                "a: *nowhere\nb: " + "[".repeat(60) + "]".repeat(60) + "\n",
                "a: *nowhere\nb: &x 1\nc: [" + "*x, ".repeat(60) + "*x]\n",
                "a: \"\\uZZZZ\"\n",
                "text: |\n  line one\n  line two\nlist:\n  - id: q\n    id: r\n"));
        StringBuilder aliases = new StringBuilder("v: &v 1\nl: [");
        for (int i = 0; i < 60; i++) {
            aliases.append("*v, ");
        }
        texts.add(aliases.append("*v]\nl: 2\n").toString());
        for (Path file : List.of(Path.of("content/guide.yml"), Path.of("content/quotes.yml"),
                Path.of("content/glossary.yml"), Path.of("content/timeline.yml"), Path.of("content/people.yml"))) {
            if (Files.isRegularFile(file)) {
                texts.add(Files.readString(file));
            }
        }
        return texts.stream();
    }

    @ParameterizedTest
    @MethodSource("texts")
    void onePassGivesWhatTwoPassesGave(String text) {
        List<YamlPrescan.Problem> problems = YamlPrescan.scan(text, SETTINGS);
        Optional<Node> root = Optional.empty();
        Optional<String> error = Optional.empty();
        if (problems.stream().noneMatch(YamlPrescan.Problem::fatal)) {
            try {
                root = new Compose(SETTINGS).composeString(text);
            } catch (YamlEngineException e) {
                error = Optional.of(e.getMessage());
            }
        }

        YamlCompose.Result read = YamlCompose.of(text, SETTINGS);

        assertThat(read.problems()).map(YamlComposeTest::shown).containsExactlyElementsOf(
                problems.stream().map(YamlComposeTest::shown).toList());
        assertThat(read.error().map(YamlEngineException::getMessage)).isEqualTo(error);
        assertThat(read.root().map(YamlComposeTest::dump)).isEqualTo(root.map(YamlComposeTest::dump));
    }

    @Test
    void aFatalProblemAfterAnErrorOfTheNodeReaderLeavesOnlyTheProblems() {
        YamlCompose.Result read = YamlCompose.of("a: *nowhere\nb: " + "[".repeat(60) + "]".repeat(60) + "\n",
                SETTINGS);

        assertThat(read.problems()).last().extracting(YamlPrescan.Problem::fatal).isEqualTo(true);
        assertThat(read.error()).isEmpty();
        assertThat(read.root()).isEmpty();
    }

    @Test
    void aRepeatedKeyAfterAnErrorOfTheNodeReaderIsStillFound() {
        YamlCompose.Result read = YamlCompose.of("a: *nowhere\nb: 1\nb: 2\n", SETTINGS);

        assertThat(read.problems()).extracting(YamlPrescan.Problem::message)
                .containsExactly("key 'b' is given twice in this mapping");
        assertThat(read.error()).isPresent();
    }

    private static String shown(YamlPrescan.Problem problem) {
        return problem.at().getLine() + ":" + problem.at().getColumn() + " " + problem.message() + " "
                + problem.fatal() + " " + problem.earlier().map(m -> m.getLine() + ":" + m.getColumn()).orElse("");
    }

    private static String dump(Node node) {
        String at = node.getStartMark().map(m -> m.getLine() + ":" + m.getColumn()).orElse("?") + " " + node.getTag();
        if (node instanceof ScalarNode scalar) {
            return at + " " + scalar.getScalarStyle() + " '" + scalar.getValue() + "'";
        }
        if (node instanceof SequenceNode sequence) {
            return at + " [" + String.join(", ", sequence.getValue().stream().map(YamlComposeTest::dump).toList()) + "]";
        }
        MappingNode mapping = (MappingNode) node;
        return at + " {" + String.join(", ", mapping.getValue().stream()
                .map(tuple -> dump(tuple.getKeyNode()) + ": " + dump(tuple.getValueNode())).toList()) + "}";
    }
}
