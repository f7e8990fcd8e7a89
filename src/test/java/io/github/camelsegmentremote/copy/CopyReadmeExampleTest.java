package io.github.camelsegmentremote.copy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.camelsegmentremote.sandbox.SegmentCopyFixtures;
import io.github.camelsegmentremote.sandbox.SegmentDestination;
import io.github.camelsegmentremote.sandbox.SegmentSubscription;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Markdown plan and report shown in README.md's Job 2 section are the real output of this run: web-app (with
 * the breadth fixture) copied to staging, then a subscription's trigger and a filter changed in the source, then
 * planned and applied again. The test fails when the README and the output differ; the output is also written to
 * target/copy-readme-example.md to update the README from.
 */
class CopyReadmeExampleTest extends CopyTestSupport {

    private static final String PLAN_MARKER = "copy-plan-markdown-example";
    private static final String REPORT_MARKER = "copy-report-markdown-example";

    @Test
    void theReadmeShowsTheRealMarkdownOfAPlanAndItsReport() throws IOException {
        SegmentCopyFixtures.breadth(sandbox.segmentWorld());
        CopyOptions options = options().withSelection(SourceSelection.parse("slug:web-app"))
                .withCopyDestinations(true);
        SourceCopier copier = usToStaging();
        copier.apply(copier.plan(options));
        SegmentDestination actions = us().destinations().stream()
                .filter(d -> d.name().equals(SegmentCopyFixtures.ACTIONS_DESTINATION)).findFirst().orElseThrow();
        SegmentSubscription purchases = us().delivery().subscriptionsOf(actions.id()).stream()
                .filter(s -> s.name().equals("Purchases")).findFirst().orElseThrow();
        SegmentCopyFixtures.changeTrigger(us(), purchases.id(), "type = \"track\" and event = \"Order Refunded\"");
        SegmentCopyFixtures.filterAsIs(us(), actions.id(), "Drop test events", "event = \"QA Event\"");

        CopyPlan plan = copier.plan(options);
        CopyReport report = copier.apply(plan);
        String planMarkdown = plan.toMarkdown();
        String reportMarkdown = report.toMarkdown();
        Files.writeString(Path.of("target", "copy-readme-example.md"), planMarkdown + "\n" + reportMarkdown,
                StandardCharsets.UTF_8);

        assertThat(planMarkdown).contains("`trigger`", "Order Refunded", "`if`", "QA Event");
        assertThat(report.hasFailures()).isFalse();
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertThat(block(readme, PLAN_MARKER)).isEqualTo(planMarkdown);
        assertThat(block(readme, REPORT_MARKER)).isEqualTo(reportMarkdown);
    }

    /** The fenced block after {@code <!-- marker -->} in the README. */
    private static String block(String readme, String marker) {
        int at = readme.indexOf("<!-- " + marker + " -->");
        assertThat(at).as("README marker " + marker).isNotNegative();
        int start = readme.indexOf("```markdown\n", at) + "```markdown\n".length();
        int end = readme.indexOf("\n```\n", start);
        return readme.substring(start, end + 1);
    }
}
