package org.studyguide.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MarkdownTest {
    private final Path file = Path.of("glossary.yml");

    @Test
    void firstLineOffsetsCountFromTheStartColumn() {
        Markdown text = Markdown.at("see [[X]]", new Position(file, 4, 15));
        assertThat(text.positionOf(4)).isEqualTo(new Position(file, 4, 19));
    }

    @Test
    void laterLinesAddTheStrippedIndentation() {
        Markdown text = new Markdown("line one\nand [[X]]\n", new Position(file, 10, 5), 4);
        assertThat(text.positionOf(13)).isEqualTo(new Position(file, 11, 9));
    }
}
