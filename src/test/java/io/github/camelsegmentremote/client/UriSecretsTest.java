package io.github.camelsegmentremote.client;

import io.github.camelsegmentremote.remote.RemoteComponent;
import io.github.camelsegmentremote.segment.SegmentComponent;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UriSecretsTest {

    @Test
    void bothComponentsLoadedEveryCredentialParameterIsMasked() throws Exception {
        // Whichever component class initialises last, the other's parameter must stay masked.
        Class.forName(RemoteComponent.class.getName(), true, getClass().getClassLoader());
        Class.forName(SegmentComponent.class.getName(), true, getClass().getClassLoader());

        assertThat(URISupport.sanitizeUri("remote:webhook?signingKey=RAW(sk-1)&path=/hooks"))
                .doesNotContain("sk-1").contains("path=/hooks");
        assertThat(URISupport.sanitizeUri("segment:identify?writeKey=wk-1&batchSize=10"))
                .doesNotContain("wk-1").contains("batchSize=10");
    }
}
