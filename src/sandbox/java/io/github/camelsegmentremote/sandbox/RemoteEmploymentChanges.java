package io.github.camelsegmentremote.sandbox;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Validates and applies employment changes, and names the webhook events they trigger. The API accepts the fields
 * of the spec's {@code EmploymentFullParams}; Java callers may also set a few fields the API only changes through
 * its own flows (status, name, start date...). An invalid change is rejected as a 422 naming the field.
 */
final class RemoteEmploymentChanges {

    static final String EMPLOYMENT_UPDATED = "employment.updated";
    static final String DETAILS_UPDATED = "employment.details.updated";
    static final String WORK_EMAIL_UPDATED = "employment.work_email.updated";
    static final String PERSONAL_INFORMATION_UPDATED = "employment.personal_information.updated";
    static final String BASIC_INFORMATION_UPDATED = "employment_basic_information.updated";
    static final String START_DATE_CHANGED = "employment.start_date.changed";
    static final String STATUS_UPDATED = "employment.status.updated";
    static final String ACCOUNT_UPDATED = "employment.account.updated";

    /** Object fields merged into the employment's own object of the same name. */
    private static final Set<String> MERGED_OBJECTS = Set.of("personal_details", "address_details",
            "emergency_contact_details", "administrative_details", "billing_address_details", "contract_details",
            "pricing_plan_details");
    private static final Set<String> DIRECT_FIELDS = Set.of("status", "full_name", "job_title",
            "provisional_start_date", "personal_email", "termination_date");
    private static final Map<String, String> EVENTS = Map.ofEntries(
            Map.entry("manager_id", DETAILS_UPDATED),
            Map.entry("department_id", DETAILS_UPDATED),
            Map.entry("work_email", WORK_EMAIL_UPDATED),
            Map.entry("personal_details", PERSONAL_INFORMATION_UPDATED),
            Map.entry("address_details", PERSONAL_INFORMATION_UPDATED),
            Map.entry("emergency_contact_details", PERSONAL_INFORMATION_UPDATED),
            Map.entry("basic_information", BASIC_INFORMATION_UPDATED),
            Map.entry("full_name", BASIC_INFORMATION_UPDATED),
            Map.entry("job_title", BASIC_INFORMATION_UPDATED),
            Map.entry("provisional_start_date", START_DATE_CHANGED),
            Map.entry("status", STATUS_UPDATED),
            Map.entry("personal_email", ACCOUNT_UPDATED));

    private final RemoteEmploymentStore store;

    RemoteEmploymentChanges(RemoteEmploymentStore store) {
        this.store = store;
    }

    /**
     * Applies {@code changes} to {@code employment} (a copy the store hands out) and returns the webhook event types
     * they trigger, in order; {@code employment.updated} covers the fields no specific event covers.
     */
    Set<String> apply(ObjectNode employment, JsonNode changes, boolean direct, LocalDateTime now) {
        Set<String> events = new LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> change : changes.properties()) {
            String field = change.getKey();
            JsonNode value = change.getValue();
            if (DIRECT_FIELDS.contains(field) && !direct) {
                throw invalid(field, "is not a valid parameter");
            }
            applyField(employment, field, value, events);
            events.add(EVENTS.getOrDefault(field, EMPLOYMENT_UPDATED));
        }
        employment.put("updated_at", now.format(RemoteEmploymentGenerator.DATE_TIME));
        return events;
    }

    private void applyField(ObjectNode employment, String field, JsonNode value, Set<String> events) {
        if (MERGED_OBJECTS.contains(field)) {
            ObjectNode target = child(employment, field);
            target.setAll(object(field, value));
            if ("pricing_plan_details".equals(field)) {
                String frequency = target.path("frequency").asText();
                if (!"monthly".equals(frequency) && !"annually".equals(frequency)) {
                    throw invalid(field, "frequency must be monthly or annually");
                }
            }
            return;
        }
        switch (field) {
            case "manager_id" -> setManager(employment, value);
            case "department_id" -> setDepartment(employment, value);
            case "work_email" -> setWorkEmail(employment, email(field, value));
            case "basic_information" -> setBasicInformation(employment, object(field, value), events);
            case "bank_account_details" -> employment.putArray(field).add(object(field, value));
            case "external_id" -> setExternalId(employment, value);
            case "country", "country_code" -> setCountry(employment, field, value);
            case "type" -> setType(employment, value);
            case "company_id" -> {
                if (!store.generator().companyId().equals(value.asText())) {
                    throw invalid(field, "does not match the employment's company");
                }
            }
            case "status" -> setStatus(employment, value);
            case "full_name" -> setFullName(employment, text(field, value));
            case "job_title" -> setJobTitle(employment, text(field, value));
            case "provisional_start_date" -> setStartDate(employment, date(field, value));
            case "personal_email" -> setPersonalEmail(employment, email(field, value));
            case "termination_date" -> employment.put(field, value.isNull() ? null : date(field, value).toString());
            default -> throw invalid(field, "is not a valid parameter");
        }
    }

    private void setManager(ObjectNode employment, JsonNode value) {
        if (value.isNull()) {
            employment.putNull("manager_employment_id");
            return;
        }
        String managerId = value.asText();
        if (managerId.equalsIgnoreCase(employment.path("id").asText())) {
            throw invalid("manager_id", "cannot be the employment itself");
        }
        if (store.indexOf(managerId) < 0) {
            throw invalid("manager_id", "does not match any employment");
        }
        employment.put("manager_employment_id", managerId);
    }

    private void setDepartment(ObjectNode employment, JsonNode value) {
        if (value.isNull()) {
            employment.putNull("department_id");
            employment.putNull("department");
            return;
        }
        int department = store.generator().departmentIndex(value.asText());
        if (department < 0) {
            throw invalid("department_id", "does not match any department");
        }
        employment.put("department_id", value.asText());
        employment.put("department", RemoteEmploymentGenerator.DEPARTMENTS.get(department).name());
    }

    private static void setWorkEmail(ObjectNode employment, String email) {
        employment.put("work_email", email);
        child(employment, "basic_information").put("work_email", email);
    }

    private void setBasicInformation(ObjectNode employment, ObjectNode basic, Set<String> events) {
        if (basic.has("name")) {
            setFullName(employment, text("basic_information.name", basic.get("name")));
        }
        if (basic.has("job_title")) {
            setJobTitle(employment, text("basic_information.job_title", basic.get("job_title")));
        }
        if (basic.has("work_email")) {
            setWorkEmail(employment, email("basic_information.work_email", basic.get("work_email")));
            events.add(WORK_EMAIL_UPDATED);
        }
        if (basic.has("provisional_start_date")) {
            setStartDate(employment, date("basic_information.provisional_start_date",
                    basic.get("provisional_start_date")));
            events.add(START_DATE_CHANGED);
        }
        child(employment, "basic_information").setAll(basic);
    }

    private static void setExternalId(ObjectNode employment, JsonNode value) {
        if (value.isNull()) {
            employment.remove("external_id");
        } else if (!value.isTextual() || value.asText().length() > 64) {
            throw invalid("external_id", "must be a string of at most 64 characters");
        } else {
            employment.put("external_id", value.asText());
        }
    }

    private static void setCountry(ObjectNode employment, String field, JsonNode value) {
        requireCreated(employment, field);
        String code = value.isObject() ? value.path("code").asText() : value.asText();
        RemoteCountry country = RemoteCountry.byCode(code)
                .orElseThrow(() -> invalid(field, "is not a supported country: " + code));
        employment.set("country", country.json());
        child(employment, "address_details").put("country", country.code());
        child(employment, "work_address_details").put("country", country.code());
    }

    private static void setType(ObjectNode employment, JsonNode value) {
        requireCreated(employment, "type");
        String type = value.asText();
        if (!"employee".equals(type) && !"contractor".equals(type)) {
            throw invalid("type", "must be employee or contractor");
        }
        employment.put("type", type);
        employment.put("employment_model", RemoteEmploymentGenerator.modelOf(type, false));
    }

    private static void setStatus(ObjectNode employment, JsonNode value) {
        RemoteEmploymentStatus status = RemoteEmploymentStatus.of(value.asText())
                .orElseThrow(() -> invalid("status", "is not an employment status: " + value.asText()));
        employment.put("status", status.value());
        employment.put("employment_lifecycle_stage", status.lifecycleStage());
        employment.put("user_status", status.userStatus());
        employment.put("eligible_for_onboarding_cancellation", !status.onboarded());
    }

    private static void setFullName(ObjectNode employment, String name) {
        employment.put("full_name", name);
        child(employment, "basic_information").put("name", name);
    }

    private static void setJobTitle(ObjectNode employment, String title) {
        employment.put("job_title", title);
        child(employment, "basic_information").put("job_title", title);
    }

    private static void setStartDate(ObjectNode employment, LocalDate date) {
        employment.put("provisional_start_date", date.toString());
        child(employment, "basic_information").put("provisional_start_date", date.toString());
    }

    private static void setPersonalEmail(ObjectNode employment, String email) {
        employment.put("personal_email", email);
        employment.put("login_email", email);
        child(employment, "basic_information").put("email", email);
    }

    private static void requireCreated(ObjectNode employment, String field) {
        if (!RemoteEmploymentStatus.CREATED.value().equals(employment.path("status").asText())) {
            throw invalid(field, "can only be changed while the employment is created");
        }
    }

    private static ObjectNode child(ObjectNode parent, String field) {
        JsonNode existing = parent.get(field);
        return existing instanceof ObjectNode object ? object : parent.putObject(field);
    }

    private static ObjectNode object(String field, JsonNode value) {
        if (!value.isObject()) {
            throw invalid(field, "must be an object");
        }
        return (ObjectNode) value;
    }

    static String text(String field, JsonNode value) {
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw invalid(field, "must be a non-empty string");
        }
        return value.asText();
    }

    static String email(String field, JsonNode value) {
        String email = text(field, value);
        int at = email.indexOf('@');
        if (at <= 0 || at == email.length() - 1 || email.indexOf('@', at + 1) >= 0 || email.contains(" ")) {
            throw invalid(field, "is not a valid email address");
        }
        return email;
    }

    static LocalDate date(String field, JsonNode value) {
        try {
            return LocalDate.parse(text(field, value));
        } catch (DateTimeParseException e) {
            throw invalid(field, "must be a date (YYYY-MM-DD)");
        }
    }

    /** A 422 naming the invalid field, rendered as {@code {"errors":{field:[message]}}}. */
    static SandboxException invalid(String field, String message) {
        return new SandboxException(422, field, message);
    }
}
