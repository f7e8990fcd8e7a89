package io.github.camelsegmentremote.sandbox;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SegmentWorldTest {

    private static SegmentWorld world(int sourcesPerWorkspace) {
        return new SegmentWorld(Sandbox.builder().sourcesPerWorkspace(sourcesPerWorkspace).options());
    }

    @Test
    void seedsThreeWorkspacesWithTheirTokensAndRegions() {
        SegmentWorld world = world(5);

        assertThat(world.workspaces()).extracting(SegmentWorkspace::slug)
                .containsExactly("sandbox-us", "sandbox-us-staging", "sandbox-eu");
        assertThat(world.workspaceByToken(SandboxTokens.SEGMENT_EU_TOKEN)).containsSame(world.eu());
        assertThat(world.workspaceByToken(SandboxTokens.SEGMENT_US_STAGING_TOKEN)).containsSame(world.usStaging());
        assertThat(world.eu().region()).isEqualTo("eu");
        assertThat(world.us().sourceCount()).isEqualTo(6);
        assertThat(world.usStaging().sources()).isEmpty();
        assertThat(world.usStaging().labels()).isEqualTo(world.us().labels());
        assertThat(world.usStaging().trackingPlans()).extracting(SegmentTrackingPlan::name)
                .contains("Product Events");
        assertThat(world.workspace(world.us().id())).isSameAs(world.us());
        assertThatThrownBy(() -> world.workspace("nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writeKeysLeadToTheirSourceInAnyRegion() {
        SegmentWorld world = world(5);

        SegmentWorld.SourceOwner us = world.writeKeyOwner(SandboxTokens.SEGMENT_WRITE_KEY).orElseThrow();
        SegmentWorld.SourceOwner eu = world.writeKeyOwner(SandboxTokens.SEGMENT_EU_WRITE_KEY).orElseThrow();

        assertThat(us.workspace()).isSameAs(world.us());
        assertThat(us.source().slug()).isEqualTo("remote-hr");
        assertThat(eu.workspace()).isSameAs(world.eu());
        assertThat(world.writeKeyOwner("unknown")).isEmpty();
    }

    @Test
    void theSameOptionsGiveTheSameIds() {
        List<String> first = world(12).us().sources().stream().map(SegmentSource::id).toList();
        List<String> second = world(12).us().sources().stream().map(SegmentSource::id).toList();

        assertThat(first).hasSize(13).isEqualTo(second);
    }

    @Test
    void variedSourcesCoverTheInterestingCases() {
        SegmentWorkspace us = world(5).us();

        assertThat(us.sources()).extracting(SegmentSource::enabled).contains(true, false);
        assertThat(us.sources()).flatExtracting(SegmentSource::labels).isNotEmpty();
        SegmentSource web = us.source("web-app").orElseThrow();
        assertThat(us.trackingPlanOf(web.id())).isPresent();
        assertThat(web.schemaSettings().forwardingViolationsTo()).isEqualTo(us.source("ios-app").orElseThrow().id());
        assertThat(us.destinationsOf(web.id())).hasSize(2);
        assertThat(us.warehousesOf(web.id())).hasSize(1);
        assertThat(us.source("support-zendesk").orElseThrow().metadataId()).isEqualTo(SegmentCatalog.ZENDESK_SOURCE_ID);
        assertThat(world(5).catalog().source(SegmentCatalog.ZENDESK_SOURCE_ID).orElseThrow().availableIn("eu"))
                .isFalse();
    }

    @Test
    void withoutExtraSourcesOnlyTheHrSourceExists() {
        SegmentWorld world = world(0);

        assertThat(world.us().sources()).extracting(SegmentSource::slug).containsExactly("remote-hr");
        assertThat(world.us().trackingPlans()).hasSize(2);
    }

    @Test
    void javaApiChangesSourcesAndResetForgetsThem() {
        SegmentWorld world = world(2);
        SegmentWorkspace us = world.us();
        List<SegmentSource> added = us.addSources(3, "bulk");
        SegmentSource created = us.createSource("created", SegmentCatalog.JAVA_SOURCE_ID, false, null);
        us.updateSource(created.id(), new SegmentSource.Update("Created", true, null, null));
        us.deleteSource(added.get(0).id());

        assertThat(us.sources()).extracting(SegmentSource::slug)
                .containsExactly("remote-hr", "web-app", "ios-app", "bulk-0002", "bulk-0003", "created");
        assertThat(us.source("created").orElseThrow().name()).isEqualTo("Created");
        assertThat(world.writeKeyOwner(created.writeKeys().get(0))).isPresent();
        assertThatThrownBy(() -> us.createSource("created", SegmentCatalog.JAVA_SOURCE_ID, true, null))
                .isInstanceOfSatisfying(SandboxException.class, e -> assertThat(e.status()).isEqualTo(409));

        world.reset();

        assertThat(world.us()).isNotSameAs(us);
        assertThat(world.us().sources()).extracting(SegmentSource::slug)
                .containsExactly("remote-hr", "web-app", "ios-app");
        assertThat(world.writeKeyOwner(created.writeKeys().get(0))).isEmpty();
    }

    @Test
    void theEventLogKeepsHundredsOfThousandsOfEventsCompactly() {
        SegmentEventLog log = new SegmentEventLog();
        int users = 50_000;
        for (int round = 0; round < 4; round++) {
            for (int u = 0; u < users; u++) {
                ObjectNode message = SandboxJson.object().put("type", round == 3 ? "track" : "identify")
                        .put("userId", "emp-" + u).put("messageId", "m-" + round + "-" + u);
                message.putObject("traits").put("round", round).put("email", "emp-" + u + "@example.com");
                log.record("source", message);
            }
        }

        assertThat(log.accepted()).isEqualTo(200_000);
        assertThat(log.accepted("identify")).isEqualTo(150_000);
        assertThat(log.distinctUserIds()).isEqualTo(users);
        assertThat(log.identifies("emp-49999")).isEqualTo(3);
        assertThat(log.latestTraits("emp-7").orElseThrow().path("round").asInt()).isEqualTo(2);
        assertThat(log.messageIds("emp-7")).containsExactly("m-0-7", "m-1-7", "m-2-7", "m-3-7");
        assertThat(log.recent()).hasSize(SegmentEventLog.RECENT_LIMIT);
    }

    @Test
    void tensOfThousandsOfEventsOverHttpAreAllRecorded() {
        try (Sandbox sandbox = Sandbox.builder().start()) {
            SegmentHttp tracking = new SegmentHttp(sandbox.trackingUs().baseUrl());
            int batches = 10;
            int perBatch = 2_000;
            for (int b = 0; b < batches; b++) {
                ObjectNode body = SandboxJson.object();
                ArrayNode batch = body.putArray("batch");
                for (int i = 0; i < perBatch; i++) {
                    batch.addObject().put("type", "identify").put("userId", "emp-" + (b * perBatch + i))
                            .put("messageId", "http-" + b + "-" + i).putObject("traits").put("batch", b);
                }
                assertThat(tracking.send("POST", "/v1/batch", SegmentHttp.basic(SandboxTokens.SEGMENT_WRITE_KEY),
                        body.toString()).status()).isEqualTo(200);
            }

            SegmentEventLog events = sandbox.segmentWorld().us().events();
            assertThat(events.accepted()).isEqualTo(batches * perBatch);
            assertThat(events.distinctUserIds()).isEqualTo(batches * perBatch);
            assertThat(events.batches()).isEqualTo(batches);
            assertThat(events.batchReceipts()).allSatisfy(r -> assertThat(r.bytes()).isLessThan(500 * 1024));
        }
    }
}
