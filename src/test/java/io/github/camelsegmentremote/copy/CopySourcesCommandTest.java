package io.github.camelsegmentremote.copy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.app.CopySourcesCommand;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.sandbox.SegmentCopyFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line: tokens from the environment only, exit statuses, JSON output, the --sandbox mode. */
class CopySourcesCommandTest extends CopyTestSupport {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> environment, String... args) {
        return new CopySourcesCommand(environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private static Map<String, String> tokens() {
        return Map.of("PROD_TOKEN", SandboxTokens.SEGMENT_US_TOKEN, "STAGING_TOKEN",
                SandboxTokens.SEGMENT_US_STAGING_TOKEN);
    }

    private String[] toStaging(String mode, String... more) {
        String host = sandbox.segmentUs().baseUrl();
        String[] base = { mode, "--source-token-env", "PROD_TOKEN", "--source-base-url", host, "--target-token-env",
            "STAGING_TOKEN", "--target-base-url", host, "--requests-per-second", "0" };
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void planPrintsThePlanAndWritesItsJson(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("plan.json");
        int status = run(tokens(), toStaging("--plan", "--select", "slug:web-app|ios-app", "--output",
                json.toString()));

        assertThat(status).as(err()).isZero();
        assertThat(out()).contains("Copy plan: sandbox-us (us", "2 to create").doesNotContain("Copy report");
        JsonNode written = CopyJson.MAPPER.readTree(json.toFile());
        assertThat(written.path("plan").path("sources").size()).isEqualTo(2);
        assertThat(Files.readString(json)).doesNotContain(SandboxTokens.SEGMENT_US_TOKEN,
                SandboxTokens.SEGMENT_US_STAGING_TOKEN);
        assertThat(staging().sourceCount()).isZero();
    }

    @Test
    void itemSwitchesAndTheMarkdownFormat() {
        SegmentCopyFixtures.breadth(sandbox.segmentWorld());
        int status = run(tokens(), toStaging("--apply", "--select", "slug:web-app|ios-app", "--copy-destinations",
                "--create-tracking-plans", "--no-filters", "--no-warehouses", "--format", "markdown"));

        assertThat(status).as(err()).isZero();
        assertThat(out()).contains("## Copy plan: `sandbox-us` → `sandbox-us-staging`",
                "| create | subscription 'Purchases' of destination 'Amplitude Actions (prod)' | `trigger` |",
                "## Copy report:", "| Mobile Events | created |").doesNotContain("filter '", "warehouseConnection");
        assertThat(staging().trackingPlans()).extracting(p -> p.name()).contains(SegmentCopyFixtures.MOBILE_PLAN);
        assertThat(staging().warehousesOf(source(staging(), "web-app").id())).isEmpty();
        assertThat(run(tokens(), toStaging("--plan", "--format", "yaml"))).isEqualTo(2);
        assertThat(err()).contains("--format must be text, json or markdown, was yaml");
    }

    @Test
    void applyCopiesAndExitsZero() {
        assertThat(run(tokens(), toStaging("--apply"))).as(err()).isZero();

        assertThat(out()).contains("Copy report:", "6 created");
        assertThat(staging().sourceCount()).isEqualTo(6);
        assertThat(out() + err()).doesNotContain(SandboxTokens.SEGMENT_US_TOKEN,
                SandboxTokens.SEGMENT_US_STAGING_TOKEN);
    }

    @Test
    void aFailedSourceExitsOne() {
        String[] args = { "--apply", "--source-token-env", "PROD_TOKEN", "--source-base-url",
            sandbox.segmentUs().baseUrl(), "--target-token-env", "EU_TOKEN", "--target-region", "eu",
            "--target-base-url", sandbox.segmentEu().baseUrl(), "--select", "slug:support-zendesk",
            "--requests-per-second", "0" };

        assertThat(run(Map.of("PROD_TOKEN", SandboxTokens.SEGMENT_US_TOKEN, "EU_TOKEN",
                SandboxTokens.SEGMENT_EU_TOKEN), args)).isEqualTo(1);
        assertThat(out()).contains("not available in region eu", "Run the copy again");
    }

    @Test
    void aTokenIsNeverTakenFromTheCommandLine() {
        assertThat(run(Map.of(), "--plan", "--source-token", "sgp_in-clear")).isEqualTo(2);

        assertThat(err()).contains("--source-token is not taken: a token on the command line shows in ps")
                .contains("--source-token-env");
    }

    @Test
    void aMissingTokenVariableIsNamed() {
        assertThat(run(Map.of("PROD_TOKEN", SandboxTokens.SEGMENT_US_TOKEN), toStaging("--plan"))).isEqualTo(2);

        assertThat(err()).contains("Environment variable STAGING_TOKEN is not set");
    }

    @Test
    void aCopyThatCannotRunExitsTwoWithTheReason() {
        Map<String, String> sameToken = Map.of("PROD_TOKEN", SandboxTokens.SEGMENT_US_TOKEN, "STAGING_TOKEN",
                SandboxTokens.SEGMENT_US_TOKEN);

        assertThat(run(sameToken, toStaging("--plan"))).isEqualTo(2);
        assertThat(err()).startsWith("Source and target are the same workspace");
    }

    @Test
    void withoutPlanOrApplyItSaysWhich() {
        assertThat(run(Map.of(), "--sandbox")).isEqualTo(2);

        assertThat(err()).contains("Say --plan (only read, show what would change) or --apply", "Usage:");
    }

    @Test
    void sandboxModeNeedsNoTokens() {
        assertThat(run(Map.of(), "--sandbox", "--plan", "--requests-per-second", "0")).as(err()).isZero();

        assertThat(out()).contains("Sandbox: copying sandbox-us to sandbox-us-staging", "6 to create");
    }
}
