package io.github.camelsegmentremote.remote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The committed catalog and doc table are exactly what the spec gives (so names cannot drift), and the names the
 * issue promises come out as promised.
 */
class RemoteOperationCatalogTest {

    static final String CATALOG_FILE = "src/main/resources/" + RemoteOperationCatalog.RESOURCE;
    /** Set to true to rewrite the generated files instead of checking them. */
    static final String REGENERATE = "remote.regenerate";

    private static List<RemoteOperation> generated;

    /** The operations the spec gives; the test is skipped where the spec is not at hand. */
    static List<RemoteOperation> fromSpec() throws IOException {
        Path spec = Path.of(System.getProperty("specs.dir", "../shared/specs"), "remote-api.json");
        assumeTrue(Files.isRegularFile(spec), "Remote spec not found at " + spec + " (set -Dspecs.dir)");
        return RemoteCatalogGenerator.read(spec).operations();
    }

    @BeforeAll
    static void generate() throws IOException {
        generated = fromSpec();
        if (Boolean.getBoolean(REGENERATE)) {
            Files.writeString(Path.of(CATALOG_FILE), RemoteOperationCatalog.format(generated), StandardCharsets.UTF_8);
        }
    }

    @Test
    void committedCatalogMatchesTheSpec() throws IOException {
        String committed = Files.readString(Path.of(CATALOG_FILE), StandardCharsets.UTF_8);
        assertThat(committed)
                .as("%s is out of date: run mvn test -Dtest=RemoteOperationCatalogTest -D%s=true", CATALOG_FILE,
                        REGENERATE)
                .isEqualTo(RemoteOperationCatalog.format(generated));
    }

    @Test
    void everySpecOperationHasOneUniqueName() {
        assertThat(generated).hasSize(276);
        assertThat(generated).extracting(RemoteOperation::name).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("[a-z][A-Za-z0-9]*"));
        assertThat(RemoteOperationCatalog.get().operations()).hasSize(276);
    }

    @Test
    void theNamesTheIssuePromises() {
        Map<String, RemoteOperation> byName = generated.stream()
                .collect(Collectors.toMap(RemoteOperation::name, Function.identity()));
        assertThat(byName.get("listEmployments")).extracting(RemoteOperation::method, RemoteOperation::path,
                RemoteOperation::kind, RemoteOperation::itemsField, RemoteOperation::model)
                .containsExactly("GET", "/v1/employments", RemoteOperation.Kind.PAGED, "employments", "Employment");
        assertThat(byName.get("getEmployment")).extracting(RemoteOperation::path, RemoteOperation::resultField,
                RemoteOperation::model)
                .containsExactly("/v1/employments/{employment_id}", "employment", "Employment");
        assertThat(byName.get("listTimeoff").path()).isEqualTo("/v1/timeoff");
        assertThat(byName.get("getTimeoff").path()).isEqualTo("/v1/timeoff/{id}");
        assertThat(byName.get("listOffboardings").path()).isEqualTo("/v1/offboardings");
        assertThat(byName.get("listCompanies").path()).isEqualTo("/v1/companies");
        assertThat(byName.get("listCustomFields").path()).isEqualTo("/v1/custom-fields");
        assertThat(byName.get("getCustomFieldValue").path())
                .isEqualTo("/v1/custom-fields/{custom_field_id}/values/{employment_id}");
        assertThat(byName.get("createWebhookCallback")).extracting(RemoteOperation::method, RemoteOperation::path,
                RemoteOperation::hasBody).containsExactly("POST", "/v1/webhook-callbacks", true);
    }

    @Test
    void versionAndDisambiguationRules() {
        Map<String, String> byMethodPath = generated.stream()
                .collect(Collectors.toMap(op -> op.method() + " " + op.path(), RemoteOperation::name));
        assertThat(byMethodPath).containsEntry("GET /v2/offboardings", "listOffboardingsV2")
                .containsEntry("PATCH /v1/employments/{employment_id}", "updateEmployment")
                .containsEntry("PUT /v1/employments/{employment_id}", "replaceEmployment")
                .containsEntry("POST /v1/timesheets/{timesheet_id}/send-back", "sendTimesheetBack")
                .containsEntry("POST /v1/timeoff/{timeoff_id}/cancel-request/approve", "approveTimeoffCancelRequest")
                .containsEntry("GET /v1/payroll-calendars/{cycle}", "listPayrollCalendarsByCycle")
                .containsEntry("GET /v1/offboardings/employments/{employment_id}", "listOffboardingsByEmployment")
                .containsEntry("GET /v1/expenses/{expense_id}/receipt", "getExpenseReceiptDeprecated")
                .containsEntry("GET /v1/resignations/{offboarding_request_id}/resignation-letter",
                        "getResignationLetter");
    }

    @Test
    void lookupsByNameOperationIdAndPath() {
        RemoteOperationCatalog catalog = RemoteOperationCatalog.get();
        assertThat(catalog.find("get_v1_employments")).map(RemoteOperation::name).contains("listEmployments");
        assertThat(catalog.find("GET", "/v1/timeoff/{id}")).map(RemoteOperation::name).contains("getTimeoff");
        assertThat(catalog.closeMatches("listEmployment")).first().isEqualTo("listEmployments");
        assertThatThrownBy(() -> catalog.require("listEmploymnets"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown Remote operation 'listEmploymnets'")
                .hasMessageContaining("Did you mean listEmployments");
    }
}
