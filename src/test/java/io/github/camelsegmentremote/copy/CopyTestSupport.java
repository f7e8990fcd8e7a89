package io.github.camelsegmentremote.copy;

import java.util.List;

import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.sandbox.SegmentPublicApiSimulator;
import io.github.camelsegmentremote.sandbox.SegmentRequestRecord;
import io.github.camelsegmentremote.sandbox.SegmentSource;
import io.github.camelsegmentremote.sandbox.SegmentWorkspace;
import io.github.camelsegmentremote.segment.SegmentComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * A sandbox with its three Segment workspaces (sandbox-us, the empty sandbox-us-staging, sandbox-eu) and one
 * CamelContext, shared by the tests of a class and reset after each test.
 */
abstract class CopyTestSupport {

    /** The seeded sources of sandbox-us. */
    static final List<String> SEEDED_SLUGS = List.of("remote-hr", "web-app", "ios-app", "android-app",
            "billing-stripe", "support-zendesk");

    static Sandbox sandbox;
    static CamelContext context;

    @BeforeAll
    static void startSandboxAndCamel() {
        sandbox = Sandbox.builder().start();
        context = new DefaultCamelContext();
        // Retries of injected faults need not wait long.
        context.getComponent("segment", SegmentComponent.class).getConfiguration().setInitialBackoff(5);
        context.start();
    }

    @AfterAll
    static void stopSandboxAndCamel() throws Exception {
        context.close();
        sandbox.close();
    }

    @AfterEach
    void resetSandbox() {
        sandbox.reset();
    }

    static WorkspaceRef usRef() {
        return WorkspaceRef.of(SandboxTokens.SEGMENT_US_TOKEN, "us", sandbox.segmentUs().baseUrl());
    }

    static WorkspaceRef stagingRef() {
        return WorkspaceRef.of(SandboxTokens.SEGMENT_US_STAGING_TOKEN, "us", sandbox.segmentUs().baseUrl());
    }

    static WorkspaceRef euRef() {
        return WorkspaceRef.of(SandboxTokens.SEGMENT_EU_TOKEN, "eu", sandbox.segmentEu().baseUrl());
    }

    static SourceCopier usToStaging() {
        return new SourceCopier(context, usRef(), stagingRef());
    }

    /** No client-side limit: the sandbox has none either unless a test sets one. */
    static CopyOptions options() {
        return CopyOptions.DEFAULTS.withRequestsPerSecond(0);
    }

    static SegmentWorkspace us() {
        return sandbox.segmentWorld().us();
    }

    static SegmentWorkspace staging() {
        return sandbox.segmentWorld().usStaging();
    }

    static SegmentWorkspace eu() {
        return sandbox.segmentWorld().eu();
    }

    static SegmentSource source(SegmentWorkspace workspace, String slug) {
        return workspace.source(slug).orElseThrow(() -> new AssertionError("no source " + slug + " in "
                + workspace.slug()));
    }

    static long calls(String operation) {
        return ((SegmentPublicApiSimulator) sandbox.segmentUs().simulator()).calls(operation);
    }

    /** The Public API requests the US host received (both US workspaces), in order. */
    static List<SegmentRequestRecord> requestLog() {
        return ((SegmentPublicApiSimulator) sandbox.segmentUs().simulator()).requestLog();
    }

    static SourcePlan planOf(CopyPlan plan, String slug) {
        return plan.sources().stream().filter(p -> p.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new AssertionError("no plan for " + slug));
    }

    static SourceResult resultOf(CopyReport report, String slug) {
        return report.sources().stream().filter(r -> r.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + slug));
    }
}
