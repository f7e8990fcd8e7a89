package io.github.camelsegmentremote.copy;

import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.sandbox.SegmentSource;
import io.github.camelsegmentremote.sandbox.SegmentWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Tokens, write keys and secret settings never reach a plan, a report, an error or a log line. */
class CopySecretsTest extends CopyTestSupport {

    private static final List<String> LOGGERS = List.of("io.github.camelsegmentremote", "org.apache.camel",
            "org.apache.hc");
    /** Apache HttpClient prints request headers, Authorization included, on these at DEBUG (see the docs). */
    private static final List<String> HEADER_LOGGERS = List.of("org.apache.hc.client5.http.headers",
            "org.apache.hc.client5.http.wire");
    /** Secret settings of the seeded sources and destinations, which the Public API masks. */
    private static final List<String> SECRET_SETTINGS = List.of("rk_test_sandbox_fake_stripe_key",
            "sandbox-fake-zendesk-token", "sandbox-fake-amplitude-secret", "sandbox-fake-webhook-secret",
            "sandbox-fake-mixpanel-secret", "sandbox-fake-intercom-token");

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void captureLogs() {
        logs.start();
        logger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(logs);
        LOGGERS.forEach(name -> logger(name).setLevel(Level.DEBUG));
        HEADER_LOGGERS.forEach(name -> logger(name).setLevel(Level.INFO));
    }

    @AfterEach
    void stopCapturing() {
        logger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(logs);
        LOGGERS.forEach(name -> logger(name).setLevel(null));
        HEADER_LOGGERS.forEach(name -> logger(name).setLevel(null));
    }

    private static Logger logger(String name) {
        return (Logger) LoggerFactory.getLogger(name);
    }

    @Test
    void noSecretInPlansReportsErrorsOrLogs() {
        List<String> texts = new ArrayList<>();
        CopyOptions all = options().withCopyDestinations(true).withMode(CopyMode.apply);
        for (SourceCopier copier : List.of(usToStaging(), new SourceCopier(context, usRef(), euRef()))) {
            CopyRun run = copier.run(all);
            assertThat(run.report().count(Outcome.created)).isPositive();
            texts.add(run.toText());
            texts.add(run.toJson());
            texts.add(copier.plan(all).toJson());
        }
        WorkspaceRef wrongRegion = WorkspaceRef.of(SandboxTokens.SEGMENT_EU_TOKEN, "us",
                sandbox.segmentUs().baseUrl());
        texts.add(catchThrowable(() -> new SourceCopier(context, usRef(), wrongRegion).plan(options())).toString());
        texts.add(usRef().toString());
        CopyJob job = new CopyJob();
        job.setSourceComponent("segment-source");
        texts.add(job.toString());
        for (ILoggingEvent event : logs.list) {
            texts.add(event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                texts.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
        }

        List<String> secrets = secrets();
        assertThat(logs.list).as("the copy was logged").isNotEmpty();
        for (String text : texts) {
            assertThat(text).doesNotContain(secrets);
        }
    }

    /** The tokens, every write key of every workspace (the new ones too) and the secret settings. */
    private static List<String> secrets() {
        List<String> secrets = new ArrayList<>(List.of(SandboxTokens.SEGMENT_US_TOKEN,
                SandboxTokens.SEGMENT_US_STAGING_TOKEN, SandboxTokens.SEGMENT_EU_TOKEN));
        for (SegmentWorkspace workspace : List.of(us(), staging(), eu())) {
            workspace.sources().stream().map(SegmentSource::writeKeys).forEach(secrets::addAll);
        }
        assertThat(secrets).contains(SandboxTokens.SEGMENT_WRITE_KEY, SandboxTokens.SEGMENT_EU_WRITE_KEY);
        secrets.addAll(SECRET_SETTINGS);
        return secrets;
    }
}
