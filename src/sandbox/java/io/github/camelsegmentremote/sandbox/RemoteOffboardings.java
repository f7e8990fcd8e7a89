package io.github.camelsegmentremote.sandbox;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Termination offboardings (the spec's {@code TerminationOffboarding}). Every employment in status
 * {@code offboarding} or {@code archived} has one: submitted through {@code POST /v1/offboardings}, or else
 * generated from the seed. One offboarding per employment, so its ids derive from the employment's index.
 */
final class RemoteOffboardings {

    static final Set<String> TERMINATION_REASONS = Set.of("cancellation_before_start_date", "compliance_issue",
            "conversion_to_contractor", "dissatisfaction_with_remote_service",
            "end_of_fixed_term_contract_compliance_issue",
            "end_of_fixed_term_contract_incapacity_to_perform_inherent_duties",
            "end_of_fixed_term_contract_local_regulations_max_term_reached", "end_of_fixed_term_contract_misconduct",
            "end_of_fixed_term_contract_operational_reasons", "end_of_fixed_term_contract_other",
            "end_of_fixed_term_contract_performance", "end_of_fixed_term_contract_redundancy",
            "end_of_fixed_term_contract_values", "gross_misconduct", "incapacity_to_perform_inherent_duties",
            "job_abandonment", "mutual_agreement", "other", "performance", "values", "workforce_reduction");
    static final Set<String> RISK_ASSESSMENT_REASONS = Set.of("caring_responsibilities",
            "disabled_or_health_condition", "family_leave", "member_of_union_or_works_council", "none_of_these",
            "pregnant_or_breastfeeding", "reported_concerns_with_workplace", "requested_medical_or_family_leave",
            "sick_leave");
    static final RemoteEmploymentFilter OFFBOARDED = RemoteEmploymentFilter.ofStatuses(
            RemoteEmploymentStatus.OFFBOARDING, RemoteEmploymentStatus.ARCHIVED);

    private static final String[] SEEDED_REASONS = {"mutual_agreement", "performance", "workforce_reduction",
        "end_of_fixed_term_contract_other", "values"};
    private static final int REASON = 1;

    private final RemoteSeed seed;
    private final RemoteEmploymentStore store;
    private final String requesterId;
    private final Map<Integer, ObjectNode> submitted = new ConcurrentHashMap<>();

    RemoteOffboardings(RemoteSeed seed, RemoteEmploymentStore store) {
        this.seed = seed;
        this.store = store;
        this.requesterId = seed.uuid(RemoteSeed.USER, 0);
    }

    /** The request id of an employment's offboarding (the webhooks' {@code offboarding_request_id}). */
    String requestId(int index) {
        return seed.uuid(RemoteSeed.OFFBOARDING, index);
    }

    /** The id of the offboarding itself (the webhooks' {@code offboarding_id}). */
    String offboardingId(int index) {
        return seed.uuid(RemoteSeed.OFFBOARDING_CASE, index);
    }

    int submittedCount() {
        return submitted.size();
    }

    /** A page of offboardings, optionally of one employment and of one type. */
    RemotePage.Listing find(String employmentId, String type, int offset, int limit) {
        ArrayNode items = SandboxJson.array();
        if (type != null && !"termination".equals(type)) {
            return new RemotePage.Listing(items, 0);
        }
        if (employmentId != null) {
            int index = store.indexOf(employmentId);
            boolean listed = index >= 0 && OFFBOARDED.statuses().contains(store.status(index));
            if (listed && offset == 0 && limit > 0) {
                items.add(of(index));
            }
            return new RemotePage.Listing(items, listed ? 1 : 0);
        }
        RemoteEmploymentStore.Slice slice = store.find(OFFBOARDED, offset, limit);
        for (int index : slice.indices()) {
            items.add(of(index));
        }
        return new RemotePage.Listing(items, slice.total());
    }

    /** Validates a {@code CreateOffboardingParams} body and builds the offboarding it asks for, not yet stored. */
    ObjectNode build(int index, JsonNode params, String personalEmail, LocalDateTime now) {
        if (!"termination".equals(params.path("type").asText())) {
            throw RemoteEmploymentChanges.invalid("type", "must be termination");
        }
        JsonNode details = params.path("termination_details");
        if (!details.isObject()) {
            throw RemoteEmploymentChanges.invalid("termination_details", "is required");
        }
        String reason = details.path("termination_reason").asText();
        if (!TERMINATION_REASONS.contains(reason)) {
            throw RemoteEmploymentChanges.invalid("termination_details.termination_reason",
                    "is not a termination reason: " + reason);
        }
        JsonNode risks = details.path("risk_assessment_reasons");
        if (!risks.isArray()) {
            throw RemoteEmploymentChanges.invalid("termination_details.risk_assessment_reasons", "is required");
        }
        for (JsonNode risk : risks) {
            if (!RISK_ASSESSMENT_REASONS.contains(risk.asText())) {
                throw RemoteEmploymentChanges.invalid("termination_details.risk_assessment_reasons",
                        "is not a risk assessment reason: " + risk.asText());
            }
        }
        for (String flag : new String[] {"confidential", "will_challenge_termination"}) {
            if (!details.path(flag).isBoolean()) {
                throw RemoteEmploymentChanges.invalid("termination_details." + flag, "must be a boolean");
            }
        }
        LocalDate proposed = RemoteEmploymentChanges.date("termination_details.proposed_termination_date",
                details.get("proposed_termination_date"));
        String description = RemoteEmploymentChanges.text("termination_details.reason_description",
                details.get("reason_description"));
        ObjectNode node = base(index, "submitted", personalEmail, proposed, null, reason, description,
                now.format(RemoteEmploymentGenerator.LOCAL_DATE_TIME));
        node.put("confidential", details.path("confidential").asBoolean());
        node.put("will_challenge_termination", details.path("will_challenge_termination").asBoolean());
        node.set("risk_assessment_reasons", risks.deepCopy());
        node.put("additional_comments", details.path("additional_comments").textValue());
        if (details.path("agrees_to_pto_amount").isBoolean()) {
            node.put("agrees_to_pto_amount", details.path("agrees_to_pto_amount").asBoolean());
        }
        if (details.path("employee_awareness").isObject()) {
            node.set("employee_awareness", details.path("employee_awareness").deepCopy());
        }
        if (details.path("will_challenge_termination_description").isTextual()) {
            node.put("will_challenge_termination_description",
                    details.path("will_challenge_termination_description").asText());
        }
        return node;
    }

    void submit(int index, ObjectNode offboarding) {
        submitted.put(index, offboarding);
    }

    void reset() {
        submitted.clear();
    }

    private ObjectNode of(int index) {
        ObjectNode stored = submitted.get(index);
        return stored != null ? stored : generated(index);
    }

    private ObjectNode generated(int index) {
        ObjectNode employment = store.full(index);
        boolean archived = RemoteEmploymentStatus.ARCHIVED.value().equals(employment.path("status").asText());
        String terminationText = employment.path("termination_date").textValue();
        LocalDate termination = terminationText != null ? LocalDate.parse(terminationText)
                : RemoteEmploymentGenerator.REFERENCE_DAY.plusDays(30);
        String reason = SEEDED_REASONS[seed.pick(RemoteSeed.OFFBOARDING, index, REASON, SEEDED_REASONS.length)];
        ObjectNode node = base(index, archived ? "done" : index % 2 == 0 ? "submitted" : "in_review",
                employment.path("personal_email").asText(), termination, archived ? termination : null, reason,
                "Offboarding seeded by the sandbox",
                termination.minusDays(30).atTime(9, 30).format(RemoteEmploymentGenerator.LOCAL_DATE_TIME));
        node.put("confidential", false);
        node.put("will_challenge_termination", false);
        node.putArray("risk_assessment_reasons").add("none_of_these");
        node.putNull("additional_comments");
        node.put("agrees_to_pto_amount", true);
        return node;
    }

    private ObjectNode base(int index, String status, String personalEmail, LocalDate proposed, LocalDate termination,
            String reason, String description, String submittedAt) {
        ObjectNode node = SandboxJson.object();
        node.put("id", requestId(index));
        node.put("offboarding_id", offboardingId(index));
        node.put("employment_id", store.id(index));
        node.put("type", "termination");
        node.put("status", status);
        node.put("personal_email", personalEmail);
        node.put("proposed_termination_date", proposed.toString());
        node.put("termination_date", termination == null ? null : termination.toString());
        node.put("termination_reason", reason);
        node.put("reason_description", description);
        node.put("requested_by", requesterId);
        node.put("submitted_at", submittedAt);
        return node;
    }
}
