package org.studyguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

/** What a command run in the build daemon printed, sent back in blocks in the order it was printed. */
class CapturedOutputTest {
    @Test
    void sendsEachStreamsTextInBlocksInTheOrderPrintedThenTheExitCode() throws IOException {
        CapturedOutput output = new CapturedOutput();
        output.err().println("first warning");
        output.err().println("second – warning");
        output.out().println("Built");
        output.err().print("no newline");
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        output.send(1, reply);

        Charset charset = Charset.defaultCharset();
        String err = "first warning\nsecond – warning\n";
        assertThat(reply.toString(charset)).isEqualTo("e " + err.getBytes(charset).length + "\n" + err
                + "o 6\nBuilt\n" + "e 10\nno newline" + "x 1\n");
    }

    @Test
    void sendsOnlyTheExitCodeWhenNothingWasPrinted() throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        new CapturedOutput().send(0, reply);
        assertThat(reply.toString(Charset.defaultCharset())).isEqualTo("x 0\n");
    }
}
