package io.github.camelsegmentremote.conformance;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelsegmentremote.remote.RemoteConstants;
import io.github.camelsegmentremote.remote.RemoteOperation;
import io.github.camelsegmentremote.remote.RemoteOperationCatalog;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the remote component's catalog, called through a {@code remote:} endpoint (real HTTP) against
 * Stoplight Prism serving Remote's {@code remote-api.json}, with inputs generated from the spec: once with the
 * required path and query parameters and body fields, once with every query parameter and body field too. Prism
 * validates each request (security scheme, parameters, body and its media type, Accept) and the component must
 * read each 2xx answer (JSON, Employment, or bytes for files). Only the {@link #SPEC_DEFECTS} may fail, each for its
 * reason, and each is checked to still fail in its own test.
 */
class RemotePrismConformanceTest {

    private static final String NO_BODY_CAN_PASS = "the body schema puts \"additionalProperties\": false beside "
            + "a oneOf/anyOf and declares no properties of its own, so in JSON Schema it refuses every field: no "
            + "body can pass";

    private static final String LIST_WITHOUT_LIST = "a list operation documented as answering SuccessResponse "
            + "({\"data\":{\"status\":\"ok\"}}): the answer holds no list";

    /** Operations no request can pass, or whose answer the spec itself gets wrong; each is checked below. */
    static final Map<String, String> SPEC_DEFECTS = Map.ofEntries(
            Map.entry("createCompanyPricingPlan", NO_BODY_CAN_PASS),
            Map.entry("createCustomField", NO_BODY_CAN_PASS),
            Map.entry("createMagicLink", NO_BODY_CAN_PASS),
            Map.entry("replayWebhookEvents", NO_BODY_CAN_PASS),
            Map.entry("triggerSandboxWebhookCallbacks", NO_BODY_CAN_PASS),
            Map.entry("updateTravelLetterRequest", NO_BODY_CAN_PASS),
            Map.entry("replaceTravelLetterRequest", NO_BODY_CAN_PASS),
            Map.entry("updateWorkAuthorizationRequest", NO_BODY_CAN_PASS),
            Map.entry("replaceWorkAuthorizationRequest", NO_BODY_CAN_PASS),
            Map.entry("createEmploymentEngagementAgreementDetails", "its engagement_agreement_details object has "
                    + "the same defect: with any of its optional fields the body cannot pass"),
            Map.entry("createEmploymentEngagementAgreementDetailsV2", "as createEmploymentEngagementAgreementDetails"),
            Map.entry("listEmployeeExpenses", LIST_WITHOUT_LIST),
            Map.entry("listEmployeeIncentives", LIST_WITHOUT_LIST),
            Map.entry("listEmployeeTimesheets", LIST_WITHOUT_LIST),
            Map.entry("listBulkEmploymentJobRows", "the paged list's items (ordered_rows) are optional in its schema "
                    + "and the spec's example answer, which Prism serves, leaves them out"));


    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final byte[] PDF = "%PDF-1.4\n%conformance\n".getBytes(StandardCharsets.US_ASCII);

    private static PrismCamel prism;
    private static SpecSamples samples;
    private static ConformanceRun run;

    @BeforeAll
    static void callEveryOperation() throws Exception {
        Path spec = Path.of(System.getProperty("specs.dir", "../shared/specs"), "remote-api.json");
        samples = new SpecSamples(MAPPER.readTree(Files.readString(spec)));
        prism = PrismCamel.start(spec);
        run = new ConformanceRun();
        for (RemoteOperation op : RemoteOperationCatalog.get().operations()) {
            run.add(call(op, "required inputs", false));
            run.add(call(op, "every query parameter and field", true));
        }
        System.out.println("[conformance] " + run.figures("Remote remote-api.json"));
    }

    @AfterAll
    static void stop() {
        if (prism != null) {
            prism.close();
        }
    }

    private static ConformanceRun.Call call(RemoteOperation op, String pass, boolean all) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (SpecSamples.Parameter p : samples.parameters(op.method(), op.path())) {
            boolean pathOrQuery = p.in().equals("path") || p.in().equals("query");
            if (pathOrQuery && (p.required() || all) && p.value() != null && !p.name().equals("page_size")) {
                parameters.put(p.name(), p.value());
            }
        }
        Object body = samples.body(op.method(), op.path(), all);
        if (op.isMultipart() && body instanceof Map<?, ?> fields) {
            Map<String, Object> form = new LinkedHashMap<>();
            fields.forEach((k, v) -> form.put(String.valueOf(k), "file".equals(k) ? PDF : v));
            body = form;
        }
        String credentials = op.security() == RemoteOperation.Security.BASIC
                ? "clientId=conformance-client&clientSecret=RAW(conformance-secret)"
                : "token=RAW(ra_test_conformance)";
        String uri = "remote:" + op.name() + "?" + credentials + "&environment=sandbox&baseUrl=" + prism.baseUrl()
                + "&httpClient=" + PrismCamel.CLIENT + "&allPages=false&maxAttempts=1&pageSize=5&requestsPerMinute=0";
        Object requestBody = body;
        return prism.call(op.name(), pass, uri, e -> {
            e.getMessage().setHeader(RemoteConstants.PARAMETERS, parameters);
            e.getMessage().setBody(requestBody);
        });
    }

    @Test
    void everyOperationIsSentAsTheSpecSaysAndItsAnswerRead() {
        List<String> problems = run.problems(SPEC_DEFECTS);
        assertThat(run.calls()).hasSize(2 * RemoteOperationCatalog.get().operations().size());
        assertThat(problems).as(run.figures("Remote") + "; calls with violations or failures:\n"
                + String.join("\n", problems)).isEmpty();
    }

    @Test
    void bodiesNoRequestCanPassAreRefusedForThatReason() {
        SPEC_DEFECTS.entrySet().stream().filter(e -> e.getValue().startsWith("the body schema")
                || e.getKey().startsWith("createEmploymentEngagementAgreementDetails")).forEach(e -> {
                    List<ConformanceRun.Call> calls = run.of(e.getKey());
                    assertThat(calls).as(e.getKey() + ": " + e.getValue())
                            .anySatisfy(call -> assertThat(call.exchanges()).anySatisfy(x -> assertThat(
                                    x.violations()).contains("must NOT have additional properties")));
                });
    }

    @Test
    void listAnswersWithoutTheirListAreTypedMalformedAnswers() {
        for (String name : List.of("listEmployeeExpenses", "listEmployeeIncentives", "listEmployeeTimesheets",
                "listBulkEmploymentJobRows")) {
            ConformanceRun.Call call = run.of(name).get(0);
            assertThat(call.violates()).as(call.describe()).isFalse();
            assertThat(call.failure()).as(name + ": " + SPEC_DEFECTS.get(name))
                    .isInstanceOf(io.github.camelsegmentremote.remote.RemoteApiException.class)
                    .hasMessageContaining(name).hasMessageContaining("HTTP 200")
                    .hasMessageContaining("a list answer without its list");
            assertThat(((io.github.camelsegmentremote.client.ApiException) call.failure()).error().kind())
                    .isEqualTo(io.github.camelsegmentremote.client.ApiError.Kind.MALFORMED_RESPONSE);
        }
    }

    @Test
    void fileAnswersAreAskedForWithTheirMediaTypesAndReadAsBytes() {
        for (String name : List.of("getExpenseReceipt", "getExpenseReceiptDeprecated", "getResignationLetter")) {
            ConformanceRun.Call call = run.of(name).get(0);
            assertThat(call.failure()).as(call.describe()).isNull();
            assertThat(call.exchanges().get(0).accept()).as(name).contains("application/pdf")
                    .doesNotContain("application/json");
        }
    }

    @Test
    void uploadsAreMultipart() {
        for (String name : List.of("createDocument", "createEmployeeDocument",
                "createEmploymentRiskReserveProofOfPayment")) {
            ConformanceRun.Call call = run.of(name).get(0);
            assertThat(call.failure()).as(call.describe()).isNull();
            assertThat(call.exchanges().get(0).contentType()).as(name).startsWith("multipart/form-data;")
                    .contains("boundary=");
        }
    }

    @Test
    void anUploadTakesItsFileFromTheBodyOrAnAttachmentAndItsFieldsFromAMap() {
        String uri = "remote:createDocument?token=RAW(ra_test_conformance)&environment=sandbox&baseUrl="
                + prism.baseUrl() + "&httpClient=" + PrismCamel.CLIENT + "&maxAttempts=1&requestsPerMinute=0";
        ViolationRecorder recorder = prism.recorder();
        int before = recorder.size();
        Exchange fromBody = prism.template().send(uri, e -> {
            e.getMessage().setBody(PDF);
            e.getMessage().setHeader(Exchange.FILE_NAME, "contract.pdf");
            e.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/pdf");
            e.getMessage().setHeader(RemoteConstants.FORM_FIELDS, Map.of("employment_id", "e-1", "type",
                    "contract"));
        });
        Exchange fromAttachment = prism.template().send(uri, e -> {
            e.getMessage().setBody(Map.of("employment_id", "e-1", "type", "contract"));
            e.getMessage(org.apache.camel.attachment.AttachmentMessage.class).addAttachment("contract.pdf",
                    new jakarta.activation.DataHandler(new PdfSource()));
        });
        assertThat(fromBody.getException()).isNull();
        assertThat(fromAttachment.getException()).isNull();
        List<ViolationRecorder.Exchange> sent = recorder.since(before);
        assertThat(sent).hasSize(2).allSatisfy(x -> {
            assertThat(x.violates()).as(x.toString()).isFalse();
            assertThat(x.status()).isEqualTo(200);
        });
    }

    /** A PDF as an attachment's data source. */
    private static final class PdfSource implements jakarta.activation.DataSource {
        @Override
        public java.io.InputStream getInputStream() {
            return new java.io.ByteArrayInputStream(PDF);
        }

        @Override
        public java.io.OutputStream getOutputStream() {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public String getContentType() {
            return "application/pdf";
        }

        @Override
        public String getName() {
            return "contract.pdf";
        }
    }

    @Test
    void theTokenEndpointIsCalledWithHttpBasic() {
        ConformanceRun.Call call = run.of("createAuthOauth2Token").get(0);
        assertThat(call.violates()).as(call.describe()).isFalse();
        assertThat(call.failure()).as(call.describe()).isNull();
    }
}
