package org.studyguide.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.studyguide.diag.Diagnostics;

/** Texts parsed one after another share one schema, but each keeps its own file and its own problems. */
class YamlSourceTest {
    @Test
    void eachTextIsMarkedWithItsOwnFile() {
        for (String file : List.of("content/glossary.yml", "content/quotes.yml")) {
            YamlSource.Document document = YamlSource.parse(Path.of(file), 0, "a: 1\n", new Diagnostics()).orElseThrow();
            assertThat(document.root().getStartMark().orElseThrow().getName()).isEqualTo(file);
        }
    }

    @Test
    void scalarsAreResolvedByTheJsonSchemaAndDuplicateKeysStayErrors() {
        YamlSource.Document document = YamlSource.parse(Path.of("a.yml"), 0, "n: 1\nt: yes\nb: true\n",
                new Diagnostics()).orElseThrow();
        List<Tag> tags = ((MappingNode) document.root()).getValue().stream()
                .map(tuple -> ((ScalarNode) tuple.getValueNode()).getTag()).toList();
        assertThat(tags).containsExactly(Tag.INT, Tag.STR, Tag.BOOL);
        Diagnostics diagnostics = new Diagnostics();
        YamlSource.parse(Path.of("b.yml"), 0, "a: 1\na: 2\n", diagnostics);
        assertThat(diagnostics.sorted()).singleElement()
                .satisfies(d -> assertThat(d.position().file()).isEqualTo(Path.of("b.yml")));
    }
}
