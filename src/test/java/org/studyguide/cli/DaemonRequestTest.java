package org.studyguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The build daemon's requests: what the launcher sends is read back as sent, and anything else is refused. */
class DaemonRequestTest {
    private static Optional<DaemonRequest> read(String text) throws IOException {
        return DaemonRequest.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void readsWhatTheLauncherSends() throws IOException {
        Optional<DaemonRequest> request = read("studyguide-daemon 1\nrun\nabc\n/home/me|umask=0022|LANG=C.UTF-8\n\n"
                + "4\nbuild\n--out\nsite ü\n--no-cache\n");
        assertThat(request).contains(new DaemonRequest(false, "abc", "/home/me|umask=0022|LANG=C.UTF-8", "",
                List.of("build", "--out", "site ü", "--no-cache")));
        assertThat(read("studyguide-daemon 1\nstop\nabc\n\n1\n0\n")).get().extracting(DaemonRequest::stop, DaemonRequest::fullBuild)
                .containsExactly(true, "1");
    }

    @Test
    void refusesAnythingElse() throws IOException {
        String key = "studyguide-daemon 1\nrun\nabc\nkey\n\n";
        assertThat(read("")).isEmpty();
        assertThat(read("GET / HTTP/1.1\r\n\r\n")).isEmpty();
        assertThat(read("studyguide-daemon 2\nrun\nabc\nkey\n\n0\n")).as("another version").isEmpty();
        assertThat(read("studyguide-daemon 1\nrm -rf\nabc\nkey\n\n0\n")).as("another action").isEmpty();
        assertThat(read(key + "2\nbuild\n")).as("fewer arguments than counted").isEmpty();
        assertThat(read(key + "2\nbuild\n--out")).as("a last line without its newline").isEmpty();
        assertThat(read(key + "-1\n")).isEmpty();
        assertThat(read(key + "10001\n")).as("more arguments than any command line has").isEmpty();
        assertThat(read(key + "1\n" + "x".repeat((1 << 16) + 1) + "\n").isPresent()).as("a line too long").isFalse();
        assertThat(read(key + "1\n" + "x".repeat(1 << 16) + "\n").map(r -> r.args().get(0).length()))
                .contains(1 << 16);
    }
}
