package org.studyguide.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What one command of the build daemon prints, kept until it ends: standard output and error as
 * blocks in the order they were written, so the client can print each to its own stream in that
 * order. The writers encode as the console writers of a command run in its own process do.
 */
final class CapturedOutput {
    /** Marks a block of standard output in the reply. */
    static final char OUT = 'o';
    /** Marks a block of standard error in the reply. */
    static final char ERR = 'e';

    private record Block(char stream, ByteArrayOutputStream bytes) {
    }

    private final List<Block> blocks = new ArrayList<>();
    private final PrintWriter out = ConsoleWriters.outputTo(new Stream(OUT));
    private final PrintWriter err = ConsoleWriters.errorTo(new Stream(ERR));

    /** Standard output of the command. */
    PrintWriter out() {
        return out;
    }

    /** Standard error of the command. */
    PrintWriter err() {
        return err;
    }

    /**
     * Writes every block as a line {@code o|e <byte count>} followed by its bytes, then the line
     * {@code x <exit code>}.
     */
    void send(int exitCode, OutputStream reply) throws IOException {
        out.flush();
        err.flush();
        synchronized (blocks) {
            for (Block block : blocks) {
                reply.write((block.stream() + " " + block.bytes().size() + "\n").getBytes(StandardCharsets.US_ASCII));
                block.bytes().writeTo(reply);
            }
        }
        reply.write(("x " + exitCode + "\n").getBytes(StandardCharsets.US_ASCII));
        reply.flush();
    }

    /** One of the two streams: bytes written to it join the last block when that block is the same stream's. */
    private final class Stream extends OutputStream {
        private final char stream;

        Stream(char stream) {
            this.stream = stream;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            synchronized (blocks) {
                if (blocks.isEmpty() || blocks.get(blocks.size() - 1).stream() != stream) {
                    blocks.add(new Block(stream, new ByteArrayOutputStream()));
                }
                blocks.get(blocks.size() - 1).bytes().write(bytes, offset, length);
            }
        }
    }
}
