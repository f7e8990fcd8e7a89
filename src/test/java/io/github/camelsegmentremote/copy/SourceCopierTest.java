package io.github.camelsegmentremote.copy;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelsegmentremote.sandbox.SegmentCatalog;
import io.github.camelsegmentremote.sandbox.SegmentDestination;
import io.github.camelsegmentremote.sandbox.SegmentLabel;
import io.github.camelsegmentremote.sandbox.SegmentSchemaSettings;
import io.github.camelsegmentremote.sandbox.SegmentSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Plan and apply between sandbox workspaces over HTTP: happy paths, drift, forwarding, labels, destinations. */
class SourceCopierTest extends CopyTestSupport {

    @Test
    void planOnAnEmptyTargetCreatesEverySourceAndChangesNothing() {
        CopyPlan plan = usToStaging().plan(options());

        assertThat(plan.source().slug()).isEqualTo("sandbox-us");
        assertThat(plan.target().slug()).isEqualTo("sandbox-us-staging");
        assertThat(plan.sources()).extracting(SourcePlan::slug).containsExactlyElementsOf(SEEDED_SLUGS);
        assertThat(plan.sources()).extracting(SourcePlan::action).containsOnly(PlanAction.create);
        assertThat(plan.labelsToCreate()).as("staging has the same labels").isEmpty();
        assertThat(plan.hasChanges()).isTrue();

        SourcePlan web = planOf(plan, "web-app");
        assertThat(web.trackingPlan().name()).isEqualTo("Product Events");
        assertThat(web.schemaSettings().forwardingViolationsTo()).isEqualTo(new SourceLink("ios-app", null));
        assertThat(web.labels()).extracting(LabelRef::id).containsExactlyInAnyOrder("environment:prod",
                "team:growth");
        SourcePlan stripe = planOf(plan, "billing-stripe");
        assertThat(stripe.missingSecrets()).containsExactly("settings.apiKey");
        assertThat(stripe.enabled()).as("not turned on without its API key").isFalse();
        assertThat(stripe.settings()).doesNotContainKey("apiKey");

        assertThat(plan.toText()).contains("create  web-app", "Javascript", "trackingPlan \"Product Events\"",
                "settings [website]", "Needs manual input in the target", "  billing-stripe: settings.apiKey",
                "6 to create, 0 to update, 0 unchanged");
        assertThat(staging().sourceCount()).as("planning writes nothing").isZero();
    }

    @Test
    void applyCreatesTheSourcesAndASecondPlanIsAllUnchanged() {
        SourceCopier copier = usToStaging();
        CopyReport report = copier.apply(copier.plan(options()));

        assertThat(report.hasFailures()).as(report.toText()).isFalse();
        assertThat(report.count(Outcome.created)).isEqualTo(6);
        for (String slug : SEEDED_SLUGS) {
            SegmentSource original = source(us(), slug);
            SegmentSource copy = source(staging(), slug);
            SourceResult result = resultOf(report, slug);
            assertThat(result.sourceId()).isEqualTo(original.id());
            assertThat(result.targetSourceId()).isEqualTo(copy.id()).isNotEqualTo(original.id());
            assertThat(result.writeKeyPresent()).isTrue();
            assertThat(copy.name()).isEqualTo(original.name());
            assertThat(copy.metadataId()).isEqualTo(original.metadataId());
            assertThat(copy.labels()).containsExactlyInAnyOrderElementsOf(original.labels());
            assertThat(copy.writeKeys()).doesNotContainAnyElementsOf(original.writeKeys());
        }
        assertThat(source(staging(), "android-app").enabled()).isFalse();
        assertThat(source(staging(), "web-app").settings().get("website").asText())
                .isEqualTo("https://www.example.com");
        assertThat(source(staging(), "billing-stripe").settings().has("apiKey"))
                .as("a masked secret is never copied, not even as bullets").isFalse();
        assertThat(resultOf(report, "billing-stripe").needsManualInput()).containsExactly("settings.apiKey");

        CopyPlan again = copier.plan(options());
        assertThat(again.sources()).extracting(SourcePlan::action).containsOnly(PlanAction.unchanged);
        assertThat(again.hasChanges()).isFalse();
        assertThat(copier.apply(again).count(Outcome.unchanged)).isEqualTo(6);
        assertThat(staging().sourceCount()).isEqualTo(6);
    }

    @Test
    void protocolsSourceGetsItsTrackingPlanAndSchemaSettingsWithForwardingRemapped() {
        SourceCopier copier = usToStaging();
        CopyReport report = copier.apply(copier.plan(options()));

        SegmentSource web = source(staging(), "web-app");
        String iosInTarget = source(staging(), "ios-app").id();
        String planId = staging().trackingPlans().stream().filter(p -> p.name().equals("Product Events"))
                .findFirst().orElseThrow().id();
        assertThat(staging().trackingPlanOf(web.id())).contains(planId);
        SegmentSchemaSettings settings = staging().schemaSettings(web.id());
        assertThat(settings.forwardingViolationsTo()).isEqualTo(iosInTarget);
        assertThat(settings.forwardingBlockedEventsTo()).isEqualTo(iosInTarget);
        assertThat(settings.track().get("allowUnplannedEvents").asBoolean()).isFalse();
        assertThat(settings.track().get("commonEventOnViolations").asText()).isEqualTo("BLOCK");
        assertThat(resultOf(report, "web-app").notes())
                .contains("forwardingViolationsTo remapped to target source " + iosInTarget + " ('ios-app')");
        assertThat(resultOf(report, "web-app").done()).containsSubsequence("createSource",
                "addSourceToTrackingPlan (Product Events)", "updateSchemaSettingsInSource");
        assertThat(resultOf(report, "ios-app").done()).as("default schema settings need no call")
                .doesNotContain("updateSchemaSettingsInSource");
    }

    @Test
    void forwardingToASourceWithoutCounterpartIsLeftOutAndReported() {
        SourceCopier copier = usToStaging();
        CopyOptions onlyWeb = options().withSelection(SourceSelection.parse("slug:web-app"));
        CopyPlan plan = copier.plan(onlyWeb);

        SourcePlan web = planOf(plan, "web-app");
        assertThat(plan.sources()).hasSize(1);
        assertThat(web.schemaSettings().forwardingViolationsTo()).isNull();
        assertThat(web.warnings()).anySatisfy(w -> assertThat(w).contains("forwardingViolationsTo names "
                + "'ios-app', which has no counterpart in the target and is not copied: left out"));

        CopyReport report = copier.apply(plan);
        SegmentSchemaSettings settings = staging().schemaSettings(source(staging(), "web-app").id());
        assertThat(settings.forwardingViolationsTo()).isNull();
        assertThat(settings.forwardingBlockedEventsTo()).isNull();
        assertThat(settings.track().get("commonEventOnViolations").asText()).isEqualTo("BLOCK");
        assertThat(resultOf(report, "web-app").notes()).anySatisfy(n -> assertThat(n).contains("left out"));
        assertThat(copier.plan(onlyWeb).sources()).extracting(SourcePlan::action)
                .containsExactly(PlanAction.unchanged);

        // Once ios-app is copied too, the next run points the forwarding at it.
        copier.apply(copier.plan(onlyWeb.withSelection(SourceSelection.parse("slug:ios-app"))));
        CopyPlan remap = copier.plan(onlyWeb);
        assertThat(planOf(remap, "web-app").changes()).extracting(FieldChange::field)
                .containsExactlyInAnyOrder("schemaSettings.forwardingViolationsTo",
                        "schemaSettings.forwardingBlockedEventsTo");
        copier.apply(remap);
        assertThat(staging().schemaSettings(source(staging(), "web-app").id()).forwardingViolationsTo())
                .isEqualTo(source(staging(), "ios-app").id());
    }

    @Test
    void driftInOneSourceIsExactlyOneUpdate() {
        SourceCopier copier = usToStaging();
        copier.apply(copier.plan(options()));
        SegmentSource drifted = source(staging(), "web-app");
        ObjectNode settings = JsonNodeFactory.instance.objectNode().put("website", "https://staging.example.com");
        staging().updateSource(drifted.id(), new SegmentSource.Update(null, null, null, settings));

        CopyPlan plan = copier.plan(options());
        assertThat(plan.count(PlanAction.update)).isEqualTo(1);
        assertThat(plan.count(PlanAction.unchanged)).isEqualTo(5);
        SourcePlan update = planOf(plan, "web-app");
        assertThat(update.action()).isEqualTo(PlanAction.update);
        assertThat(update.changes()).containsExactly(new FieldChange(FieldChange.Scope.source, "settings.website",
                "https://staging.example.com", "https://www.example.com"));
        assertThat(plan.toText()).contains("settings.website: \"https://staging.example.com\" -> "
                + "\"https://www.example.com\"");

        CopyReport report = copier.apply(plan);
        assertThat(report.count(Outcome.updated)).isEqualTo(1);
        assertThat(resultOf(report, "web-app").done()).containsExactly("updateSource (settings.website)");
        assertThat(source(staging(), "web-app").settings().get("website").asText())
                .isEqualTo("https://www.example.com");
        assertThat(copier.plan(options()).sources()).extracting(SourcePlan::action)
                .containsOnly(PlanAction.unchanged);
    }

    @Test
    void labelsMissingInTheTargetAreCreatedThenAttached() {
        SegmentLabel costCenter = new SegmentLabel("cost-center", "42", "Billed to 42");
        us().createLabel(costCenter);
        SegmentSource ios = source(us(), "ios-app");
        us().replaceLabelsInSource(ios.id(), List.of(SegmentLabel.of("environment", "prod"), costCenter));

        SourceCopier copier = usToStaging();
        CopyPlan plan = copier.plan(options());
        assertThat(plan.labelsToCreate()).containsExactly(new LabelRef("cost-center", "42", "Billed to 42"));
        CopyReport report = copier.apply(plan);

        assertThat(report.labelsCreated()).extracting(LabelRef::id).containsExactly("cost-center:42");
        assertThat(staging().labels()).contains(costCenter);
        assertThat(source(staging(), "ios-app").labels()).extracting(SegmentLabel::id)
                .containsExactlyInAnyOrder("cost-center:42", "environment:prod");
        assertThat(report.toText()).contains("Labels created: cost-center:42");
        assertThat(copier.plan(options()).labelsToCreate()).isEmpty();
    }

    @Test
    void destinationsAreCopiedWithoutTheirSecretsAndStayOffUntilTheSecretsAreEntered() {
        SourceCopier copier = usToStaging();
        CopyOptions withDestinations = options().withCopyDestinations(true);
        CopyPlan plan = copier.plan(withDestinations);
        DestinationPlan amplitude = planOf(plan, "web-app").destinations().stream()
                .filter(d -> d.name().equals("Amplitude (prod)")).findFirst().orElseThrow();
        assertThat(amplitude.action()).isEqualTo(PlanAction.create);
        assertThat(amplitude.missingSecrets()).containsExactly("settings.secretKey");
        assertThat(amplitude.enabled()).isFalse();

        CopyReport report = copier.apply(plan);
        assertThat(report.hasFailures()).as(report.toText()).isFalse();
        String webInTarget = source(staging(), "web-app").id();
        List<SegmentDestination> copied = staging().destinationsOf(webInTarget);
        assertThat(copied).extracting(SegmentDestination::name).containsExactlyInAnyOrder("Amplitude (prod)",
                "Google Analytics");
        SegmentDestination copiedAmplitude = copied.stream().filter(d -> d.name().equals("Amplitude (prod)"))
                .findFirst().orElseThrow();
        assertThat(copiedAmplitude.settings().get("apiKey").asText()).isEqualTo("sandbox-amplitude-api-key");
        assertThat(copiedAmplitude.settings().has("secretKey")).isFalse();
        assertThat(copiedAmplitude.enabled()).isFalse();
        assertThat(resultOf(report, "web-app").destinations()).anySatisfy(d -> {
            assertThat(d.name()).isEqualTo("Amplitude (prod)");
            assertThat(d.outcome()).isEqualTo(Outcome.created);
            assertThat(d.needsManualInput()).containsExactly("settings.secretKey");
        });
        assertThat(report.toText()).contains("web-app, destination 'Amplitude (prod)': settings.secretKey");
        assertThat(copier.plan(withDestinations).sources()).extracting(SourcePlan::action)
                .containsOnly(PlanAction.unchanged);

        // Someone enters the secret in the target: the next run turns the destination on.
        staging().updateDestination(copiedAmplitude.id(), null, null,
                JsonNodeFactory.instance.objectNode().put("secretKey", "entered-by-hand"));
        CopyPlan enable = copier.plan(withDestinations);
        assertThat(planOf(enable, "web-app").action()).isEqualTo(PlanAction.update);
        copier.apply(enable);
        assertThat(staging().destination(copiedAmplitude.id()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void matchingByNameFindsARenamedSlugAndPutsTheSlugBack() {
        SourceCopier copier = usToStaging();
        copier.apply(copier.plan(options()));
        SegmentSource ios = source(staging(), "ios-app");
        staging().updateSource(ios.id(), new SegmentSource.Update(null, null, "ios", null));

        CopyPlan byName = copier.plan(options().withMatchBy(MatchBy.name));
        SourcePlan plan = planOf(byName, "ios-app");
        assertThat(plan.targetSourceId()).isEqualTo(ios.id());
        assertThat(plan.changes()).extracting(FieldChange::describe).containsExactly("slug: \"ios\" -> \"ios-app\"");
        copier.apply(byName);
        assertThat(source(staging(), ios.id()).slug()).isEqualTo("ios-app");
    }

    @Test
    void selectionByLabelCopiesOnlyThoseSources() {
        CopyPlan plan = usToStaging().plan(options().withSelection(SourceSelection.parse("label:team:growth")));
        assertThat(plan.sources()).extracting(SourcePlan::slug).containsExactly("web-app", "billing-stripe");
    }

    @Test
    void aTypeMissingFromTheTargetCatalogIsSkippedWithTheReason() {
        try (WorkspaceApi sourceApi = new WorkspaceApi(context, "source", usRef(), 0);
             WorkspaceApi targetApi = new WorkspaceApi(context, "target", stagingRef(), 0)) {
            WorkspaceSnapshot from = WorkspaceSnapshot.read(sourceApi, WorkspaceInfo.of(sourceApi.workspace(),
                    usRef().region()), false);
            WorkspaceSnapshot to = WorkspaceSnapshot.read(targetApi, WorkspaceInfo.of(targetApi.workspace(),
                    stagingRef().region()), false);
            TargetCatalog withoutZendesk = new TargetCatalog() {
                @Override
                public boolean hasSource(String metadataId) {
                    return !SegmentCatalog.ZENDESK_SOURCE_ID.equals(metadataId);
                }

                @Override
                public boolean hasDestination(String metadataId) {
                    return true;
                }
            };
            CopyPlan plan = new CopyPlanner(options(), from, to, withoutZendesk).plan();

            SourcePlan zendesk = planOf(plan, "support-zendesk");
            assertThat(zendesk.action()).isEqualTo(PlanAction.skip);
            assertThat(zendesk.reason()).isEqualTo("its type Zendesk (metadata id " + SegmentCatalog.ZENDESK_SOURCE_ID
                    + ") is not in the catalog of the target's region (us)");
            assertThat(plan.count(PlanAction.create)).isEqualTo(5);
            assertThat(plan.toText()).contains("skip", "is not in the catalog of the target's region");

            // The real catalog check asks the target's Public API: an unknown id is a 404 there.
            assertThat(targetApi.hasSourceMetadata(SegmentCatalog.ZENDESK_SOURCE_ID)).isTrue();
            assertThat(targetApi.hasSourceMetadata("notInTheCatalog")).isFalse();
        }
    }

    @Test
    void copiesToAnEuWorkspaceReportingWhatTheRegionRefuses() {
        SourceCopier copier = new SourceCopier(context, usRef(), euRef());
        CopyPlan plan = copier.plan(options());

        assertThat(plan.target().region().name()).isEqualTo("eu");
        SourcePlan hr = planOf(plan, "remote-hr");
        assertThat(hr.action()).isEqualTo(PlanAction.update);
        assertThat(hr.targetSourceId()).isEqualTo(source(eu(), "remote-hr").id());
        assertThat(hr.changes()).extracting(FieldChange::field).containsExactly("name", "labels");
        SourcePlan web = planOf(plan, "web-app");
        assertThat(web.warnings()).contains("tracking plan 'Product Events' does not exist in the target: create it "
                + "there, then run the copy again to connect the source", "schema settings not copied: they are "
                + "Protocols settings, which need a tracking plan connected in the target");

        CopyReport report = copier.apply(plan);
        assertThat(resultOf(report, "remote-hr").outcome()).isEqualTo(Outcome.updated);
        assertThat(source(eu(), "remote-hr").name()).isEqualTo("Remote HR");
        assertThat(resultOf(report, "support-zendesk").outcome()).isEqualTo(Outcome.failed);
        assertThat(resultOf(report, "support-zendesk").error()).contains("createSource", "HTTP 400",
                "not available in region eu");
        assertThat(report.count(Outcome.created)).isEqualTo(4);
        assertThat(eu().sourceCount()).isEqualTo(5);
        assertThat(source(eu(), "web-app").enabled()).isTrue();
        JsonNode website = source(eu(), "web-app").settings().get("website");
        assertThat(website.asText()).isEqualTo("https://www.example.com");
    }
}
