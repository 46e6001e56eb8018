package org.studyguide.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.studyguide.check.Srcset.Candidate;

class SrcsetTest {

    @Test
    void splitsCandidatesAndKeepsOffsets() {
        assertThat(Srcset.parse(" a.png 480w,  b.png 2x ,c.png"))
                .containsExactly(new Candidate("a.png", 1), new Candidate("b.png", 14), new Candidate("c.png", 24));
    }

    @Test
    void handlesCandidatesWithoutDescriptorsAndCommasInUrls() {
        assertThat(Srcset.parse("a.png, data:image/png;base64,AAAA 2x"))
                .containsExactly(new Candidate("a.png", 0), new Candidate("data:image/png;base64,AAAA", 7));
        assertThat(Srcset.parse(" , ")).isEmpty();
    }
}
