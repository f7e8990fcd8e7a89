package io.github.camelsegmentremote.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import io.github.camelsegmentremote.client.SensitiveOptions;
import io.github.camelsegmentremote.remote.RemoteComponent;
import io.github.camelsegmentremote.segment.SegmentComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, finding 6, plain Camel Main ({@code org.apache.camel.main.Main}, no Spring): credentials set as the
 * components' options ({@code camel.component.segment.writeKey} and the like, as a Camel Main user configures them)
 * appear in Main's start-up summary (INFO) masked, because the components register every {@code secret = true}
 * option as sensitive with the context ({@link SensitiveOptions}); before, Camel masked only the names on its own
 * fixed list ({@code token}) and printed the write key and the signing key in clear.
 * <p>
 * What this does not cover, measured with this test at root DEBUG/TRACE: Camel 4.18 itself prints configured and
 * resolved values with no sensitivity check at DEBUG and TRACE ({@code BaseMainSupport}'s list of initial
 * properties, {@code MainHelper} "Configured property", {@code DefaultPropertiesParser}, {@code PropertiesComponent}
 * and {@code DefaultCamelContextExtension} placeholder resolution), {@code token} included. See RELIABILITY.md.
 */
class CamelMainSecretsTest {

    private static final Map<String, String> FAKE = Map.of(
            "camel.component.segment.writeKey", "main-fake-write-key-1f2e3d",
            "camel.component.segment.token", "main-fake-public-api-token-9a8b",
            "camel.component.remote.token", "main-fake-remote-token-7c6d",
            "camel.component.remote.signingKey", "main-fake-signing-key-5e4f");

    @Test
    void camelMainsSummaryMasksEverySecretOption() throws Exception {
        // An application.properties, as a Camel Main user writes it.
        Path file = Files.createTempFile("main-secrets", ".properties");
        StringBuilder text = new StringBuilder("camel.main.name=main-secrets\n");
        FAKE.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Files.writeString(file, text);
        String logs;
        try (OutputCapture capture = OutputCapture.everything(Map.of("ROOT", Level.INFO))) {
            Main main = new Main();
            main.setDefaultPropertyPlaceholderLocation("file:" + file.toAbsolutePath());
            main.configure().addRoutesBuilder(new org.apache.camel.builder.RouteBuilder() {
                @Override
                public void configure() {
                    from("timer:once?repeatCount=1").routeId("once").log("ran");
                }
            });
            main.start();
            CamelContext context = main.getCamelContext();
            assertThat(context.getComponent("segment", SegmentComponent.class).getConfiguration().getWriteKey())
                    .as("the option was set").isEqualTo(FAKE.get("camel.component.segment.writeKey"));
            assertThat(context.getComponent("remote", RemoteComponent.class).getConfiguration().getSigningKey())
                    .isEqualTo(FAKE.get("camel.component.remote.signingKey"));
            main.stop();
            logs = capture.logText() + capture.printedText();
        }
        assertThat(logs).contains("camel.component.segment.writeKey = xxxxxx")
                .contains("camel.component.remote.signingKey = xxxxxx");
        for (Map.Entry<String, String> secret : FAKE.entrySet()) {
            List<String> lines = logs.lines().filter(l -> l.contains(secret.getValue())).limit(3).toList();
            assertThat(lines).as("%s in the output", secret.getKey()).isEmpty();
        }
    }
}
