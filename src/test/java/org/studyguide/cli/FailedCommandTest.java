package org.studyguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** What a command prints when it throws: one plain line, and advice that names the command run. */
class FailedCommandTest {
    @Test
    void runningOutOfMemoryNamesTheCommandThatRanOut() {
        StringWriter text = new StringWriter();
        int code = Main.failed(new IllegalStateException(new OutOfMemoryError("Java heap space")),
                new PrintWriter(text, true), "check");

        assertThat(code).isEqualTo(Main.OUT_OF_MEMORY);
        assertThat(text.toString().strip()).hasLineCount(1)
                .contains("STUDYGUIDE_JAVA_OPTS=-Xmx2g ./studyguide check ")
                .contains("java -Xmx2g -jar studyguide.jar check)")
                .doesNotContain("./studyguide build", "Exception", "Error", "java.lang");
    }

    @Test
    void anUnknownCommandWordIsNotEchoedIntoTheAdvice() {
        StringWriter text = new StringWriter();
        Main.failed(new OutOfMemoryError(), new PrintWriter(text, true), "--content=x");

        assertThat(text.toString()).contains("./studyguide build (").doesNotContain("--content=x");
    }

    @Test
    void aClassWhoseInitialisationRanOutOfMemoryCountsAsRunningOutOfMemory() {
        assertThat(secondUseOf(RanOutWhileStarting.class)).isInstanceOf(NoClassDefFoundError.class);

        int code = Main.failed(secondUseOf(RanOutWhileStarting.class), new PrintWriter(new StringWriter(), true), "build");

        assertThat(code).isEqualTo(Main.OUT_OF_MEMORY);
    }

    @Test
    void aClassWhoseInitialisationFailedOtherwiseIsAnInternalError() {
        int code = Main.failed(secondUseOf(FailedWhileStarting.class), new PrintWriter(new StringWriter(), true), "build");

        assertThat(code).isEqualTo(Main.INTERNAL_ERROR);
    }

    /** What a use of {@code type}'s static field throws after the first use failed to initialise it. */
    private static Throwable secondUseOf(Class<?> type) {
        for (int use = 1; ; use++) {
            try {
                type.getField("VALUE").get(null);
                throw new AssertionError("initialised");
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            } catch (Error e) {
                if (use > 1) {
                    return e;
                }
            }
        }
    }

    /** A class whose initialisation runs out of memory. */
    public static final class RanOutWhileStarting {
        public static final int VALUE;

        static {
            if (Boolean.parseBoolean("true")) {
                throw new OutOfMemoryError("Java heap space");
            }
            VALUE = 1;
        }
    }

    /** A class whose initialisation fails for another reason. */
    public static final class FailedWhileStarting {
        public static final int VALUE;

        static {
            if (Boolean.parseBoolean("true")) {
                throw new IllegalStateException("a bug");
            }
            VALUE = 1;
        }
    }

    @Test
    void anyOtherFailureIsAnInternalError() {
        StringWriter text = new StringWriter();
        int code = Main.failed(new UncheckedIOException(new IOException("disk")), new PrintWriter(text, true), "build");

        assertThat(code).isEqualTo(Main.INTERNAL_ERROR);
        assertThat(text.toString()).startsWith("studyguide: internal error:").contains("please report");
    }
}
