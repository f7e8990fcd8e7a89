package io.github.camelsegmentremote.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A stateful simulator of Remote's API (sandbox environment, {@code https://gateway.remote-sandbox.com}), answering in
 * the shapes of Remote's OpenAPI spec. It serves employments (list, show, update, sandbox create), time off,
 * offboardings, the company, custom fields, webhook callbacks and the OAuth 2.0 token endpoint.
 * <p>
 * Employments are generated on demand from the seed (up to a million of them), so only changes are held in memory.
 * Changes made through the API or through the Java methods here fire signed webhook events to the registered
 * callbacks. Requests need {@code Authorization: Bearer} with {@link SandboxTokens#REMOTE_TOKEN} or an access token
 * from {@code POST /auth/oauth2/token} (see {@link RemoteOAuth}); production tokens ({@code ra_live_...}) get 401 as
 * on the real sandbox. Every answer carries {@code x-ratelimit-count}, {@code x-ratelimit-remaining} and
 * {@code x-ratelimit-reset} (milliseconds); over the per-minute limit the answer is 429.
 */
public final class RemoteSimulator implements Simulator {

    private static final int KEPT_CHANGES = 100;
    private static final Pattern EVENT_TYPE = Pattern.compile("[a-z_]+(\\.[a-z_]+)+");
    private static final Set<String> CREATE_FIELDS = Set.of("basic_information", "bill_to_legal_entity_id",
            "company_id", "country_code", "engaged_by_entity_slug", "engaged_by_legal_entity_id", "external_id",
            "type");
    private static final Set<String> WEBHOOK_FIELDS = Set.of("url", "subscribed_events", "subscribe_to_all_events");
    private static final Set<String> EMPLOYMENT_MODELS = Set.of("global_payroll", "peo", "eor");
    private static final String OFFBOARDING_SUBMITTED = "offboarding.submitted";
    private static final String CUSTOM_FIELD_VALUE_UPDATED = "custom_field.value_updated";

    private final SandboxOptions options;
    private final RemoteSeed seed;
    private final RemoteEmploymentStore store;
    private final RemoteEmploymentChanges changes;
    private final RemoteTimeoffs timeoffs;
    private final RemoteOffboardings offboardings;
    private final RemoteCustomFields customFields;
    private final RemoteWebhookDispatcher webhooks;
    private final RemoteOAuth oauth;
    private final RemoteRateLimiter rateLimiter;
    private final Map<String, LongAdder> requestsByRoute = new ConcurrentHashMap<>();
    private final ConcurrentLinkedDeque<RemoteChange> recentChanges = new ConcurrentLinkedDeque<>();
    private final LongAdder changeCount = new LongAdder();
    private final LongAdder unauthorized = new LongAdder();

    public RemoteSimulator(SandboxOptions options) {
        this.options = options;
        this.seed = new RemoteSeed(options.seed());
        this.store = new RemoteEmploymentStore(seed, new RemoteEmploymentGenerator(seed, options.employees()));
        this.changes = new RemoteEmploymentChanges(store);
        this.timeoffs = new RemoteTimeoffs(seed, store);
        this.offboardings = new RemoteOffboardings(seed, store);
        this.customFields = new RemoteCustomFields(seed);
        this.webhooks = new RemoteWebhookDispatcher(seed);
        this.oauth = new RemoteOAuth(companyId(), seed.uuid(RemoteSeed.USER, 0));
        this.rateLimiter = new RemoteRateLimiter(options.remoteRequestsPerMinute());
    }

    @Override
    public String name() {
        return "remote";
    }

    @Override
    public void register(SandboxServer server) {
        route(server, "POST", "/auth/oauth2/token", false, this::token);
        route(server, "GET", "/v1/employments", true, this::listEmployments);
        route(server, "GET", "/v1/employments/{employment_id}", true, this::showEmployment);
        route(server, "PATCH", "/v1/employments/{employment_id}", true, this::patchEmployment);
        route(server, "POST", "/v1/sandbox/employments", true, this::createEmployment);
        route(server, "GET", "/v1/timeoff", true, this::listTimeoff);
        route(server, "GET", "/v1/timeoff/{id}", true, this::showTimeoff);
        route(server, "GET", "/v1/offboardings", true, this::listOffboardings);
        route(server, "POST", "/v1/offboardings", true, this::createOffboarding);
        route(server, "GET", "/v1/companies", true, this::listCompanies);
        route(server, "GET", "/v1/custom-fields", true, this::listCustomFields);
        String customFieldValue = "/v1/custom-fields/{custom_field_id}/values/{employment_id}";
        route(server, "GET", customFieldValue, true, this::showCustomFieldValue);
        route(server, "PATCH", customFieldValue, true, this::updateCustomFieldValue);
        route(server, "PUT", customFieldValue, true, this::updateCustomFieldValue);
        route(server, "POST", "/v1/webhook-callbacks", true, this::createWebhookCallback);
        route(server, "DELETE", "/v1/webhook-callbacks/{id}", true, this::deleteWebhookCallback);
        route(server, "POST", "/v1/sandbox/webhook-callbacks/trigger", true, this::triggerWebhookCallback);
    }

    // Remote's error bodies: {"message": ...} with the fixed texts the spec's patterns expect, 422 as
    // {"errors": {field: [message]}} when the failing field is known, and 5xx in both documented shapes at once
    // (InternalServerErrorResponse's {"message"} and RequestError's {"errors": {"code", "message"}}).
    @Override
    public SandboxResponse error(int status, String type, String message) {
        ObjectNode body = SandboxJson.object();
        switch (status) {
            case 401 -> body.put("message", "Unauthorized");
            case 403 -> body.put("message", "Forbidden");
            case 404 -> body.put("message", "Not Found");
            case 429 -> body.put("message", "Too many requests");
            case 422 -> {
                if (type == null) {
                    body.put("message", message);
                } else {
                    body.putObject("errors").putArray(type).add(message);
                }
            }
            default -> {
                body.put("message", message);
                if (status >= 500) {
                    body.putObject("errors").put("code", "request_internal_server_error").put("message", message);
                }
            }
        }
        return SandboxResponse.json(status, body);
    }

    @Override
    public SandboxResponse rateLimited(long retryAfterMillis) {
        RemoteRateLimiter.Window window = rateLimiter.window(System.currentTimeMillis());
        return error(429, null, null)
                .header("x-ratelimit-count", String.valueOf(Math.max(window.count(), requestsPerMinute())))
                .header("x-ratelimit-remaining", "0")
                .header("x-ratelimit-reset", String.valueOf(retryAfterMillis));
    }

    @Override
    public void decorate(SandboxRequest request, SandboxResponse response) {
        RemoteRateLimiter.Window window = rateLimiter.window(System.currentTimeMillis());
        response.header("x-ratelimit-count", String.valueOf(window.count()))
                .header("x-ratelimit-remaining", String.valueOf(window.remaining()))
                .header("x-ratelimit-reset", String.valueOf(window.resetMillis()));
    }

    @Override
    public JsonNode inspect() {
        long now = System.currentTimeMillis();
        ObjectNode node = SandboxJson.object();
        ObjectNode employments = node.putObject("employments");
        employments.put("seeded", options.employees());
        employments.put("count", store.count());
        employments.put("changed", store.changedCount());
        employments.put("created", store.createdCount());
        employments.put("removed", store.removedCount());
        node.put("offboardingsSubmitted", offboardings.submittedCount());
        node.put("customFieldValuesChanged", customFields.changedValues());
        node.set("webhooks", webhooks.inspect());
        node.set("oauth", oauth.inspect(now));
        RemoteRateLimiter.Window window = rateLimiter.window(now);
        node.putObject("rateLimit").put("requestsPerMinute", requestsPerMinute()).put("count", window.count())
                .put("remaining", window.remaining()).put("resetMillis", window.resetMillis());
        ObjectNode requests = node.putObject("requests");
        requestsByRoute.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> requests.put(e.getKey(), e.getValue().sum()));
        node.put("unauthorized", unauthorized.sum());
        node.put("changes", changeCount.sum());
        ArrayNode recent = node.putArray("recentChanges");
        recentChanges.stream().skip(Math.max(0, recentChanges.size() - 20)).forEach(change -> {
            ObjectNode item = recent.addObject().put("at", change.at().toString())
                    .put("employment_id", change.employmentId()).put("action", change.action());
            change.fields().forEach(item.putArray("fields")::add);
            change.events().forEach(item.putArray("events")::add);
        });
        return node;
    }

    /** Clears every change, callback, delivery, token and counter, and restores the configured limits. */
    @Override
    public void reset() {
        store.reset();
        offboardings.reset();
        customFields.reset();
        webhooks.reset();
        oauth.reset();
        oauth.tokenLifetime(RemoteOAuth.DEFAULT_TOKEN_LIFETIME);
        rateLimiter.reset();
        rateLimiter.requestsPerMinute(options.remoteRequestsPerMinute());
        requestsByRoute.values().forEach(LongAdder::reset);
        recentChanges.clear();
        changeCount.reset();
        unauthorized.reset();
    }

    // ---- Java API ----

    /** The id of the sandbox's one company. */
    public String companyId() {
        return store.generator().companyId();
    }

    /** Employments that exist now (seeded, plus created, minus removed). */
    public int employmentCount() {
        return store.count();
    }

    /** Ids of the existing employments in list order; lazy, so fine for a million. */
    public Stream<String> employmentIds() {
        return store.indices().mapToObj(store::id);
    }

    /** The id of the {@code index}-th seeded employment (0-based), whether or not it was removed since. */
    public String seededEmploymentId(int index) {
        if (index < 0 || index >= options.employees()) {
            throw new IndexOutOfBoundsException("seeded employments are 0.." + (options.employees() - 1));
        }
        return store.id(index);
    }

    /** The employment as {@code GET /v1/employments/{id}} shows it (a copy), if it exists. */
    public Optional<JsonNode> employment(String employmentId) {
        int index = store.indexOf(employmentId);
        return index < 0 ? Optional.empty() : Optional.of(store.full(index));
    }

    /**
     * Changes an employment as {@code PATCH /v1/employments/{id}} does and fires the matching webhook events. Besides
     * the API's fields ({@code work_email}, {@code manager_id}, {@code department_id}, {@code external_id},
     * {@code personal_details}, ...) Java callers may set {@code status}, {@code full_name}, {@code job_title},
     * {@code provisional_start_date}, {@code personal_email} and {@code termination_date}.
     *
     * @return the employment after the change
     * @throws NoSuchElementException   if there is no such employment
     * @throws IllegalArgumentException if a change is invalid
     */
    public JsonNode updateEmployment(String employmentId, Map<String, ?> fieldChanges) {
        return java(() -> update(existing(employmentId), SandboxJson.MAPPER.valueToTree(fieldChanges), true));
    }

    /**
     * Offboards an active employment as {@code POST /v1/offboardings} does (termination by mutual agreement, 30
     * days from now): its status becomes {@code offboarding} and {@code offboarding.submitted} and
     * {@code employment.status.updated} are fired.
     *
     * @return the offboarding
     */
    public JsonNode offboard(String employmentId) {
        ObjectNode params = SandboxJson.object();
        params.put("employment_id", employmentId);
        params.put("type", "termination");
        ObjectNode details = params.putObject("termination_details");
        details.put("confidential", false);
        details.put("proposed_termination_date", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());
        details.put("reason_description", "Offboarded from Java");
        details.putArray("risk_assessment_reasons").add("none_of_these");
        details.put("termination_reason", "mutual_agreement");
        details.put("will_challenge_termination", false);
        return java(() -> submitOffboarding(params));
    }

    /**
     * Creates an employment from a {@code POST /v1/sandbox/employments} body ({@code country_code},
     * {@code basic_information} with {@code name}, {@code email}, {@code job_title}, ...). Like the API, creating
     * fires no webhook event.
     *
     * @return the new employment's full view
     */
    public JsonNode addEmployment(Map<String, ?> createParams) {
        return java(() -> store.full(create(SandboxJson.MAPPER.valueToTree(createParams))));
    }

    /** Creates an employee in status {@code created}; see {@link #addEmployment(Map)}. */
    public JsonNode addEmployment(String fullName, String personalEmail, String countryCode, String jobTitle) {
        return addEmployment(Map.of("country_code", countryCode, "basic_information",
                Map.of("name", fullName, "email", personalEmail, "job_title", jobTitle)));
    }

    /** Deletes an employment: it is no longer listed or found. Fires no event. */
    public boolean removeEmployment(String employmentId) {
        int index = store.indexOf(employmentId);
        if (index < 0 || !store.remove(index)) {
            return false;
        }
        recordChange(employmentId, "removed", List.of(), List.of());
        return true;
    }

    /** Sets a custom field value as {@code PATCH /v1/custom-fields/{id}/values/{employment_id}} does. */
    public JsonNode updateCustomFieldValue(String customFieldId, String employmentId, Object value) {
        return java(() -> setCustomFieldValue(customFieldId, employmentId,
                SandboxJson.MAPPER.valueToTree(value)));
    }

    /**
     * Registers a webhook callback signed with {@link SandboxTokens#REMOTE_SIGNING_KEY}; no event types means all.
     */
    public RemoteWebhookCallback registerWebhook(String url, Collection<String> eventTypes) {
        return registerWebhook(url, eventTypes, SandboxTokens.REMOTE_SIGNING_KEY);
    }

    /** Registers a webhook callback with its own signing key; no event types means all. */
    public RemoteWebhookCallback registerWebhook(String url, Collection<String> eventTypes, String signingKey) {
        return webhooks.register(url, List.copyOf(eventTypes), eventTypes.isEmpty(), signingKey);
    }

    public boolean unregisterWebhook(String callbackId) {
        return webhooks.unregister(callbackId);
    }

    public List<RemoteWebhookCallback> webhooks() {
        return webhooks.callbacks();
    }

    /** Fires an event about an employment to the subscribed callbacks; returns how many deliveries started. */
    public int triggerWebhook(String eventType, String employmentId) {
        return webhooks.dispatch(payload(eventType, employmentId));
    }

    /** The most recent webhook deliveries (up to 1000), oldest first; deliveries are asynchronous. */
    public List<RemoteWebhookDelivery> deliveries() {
        return webhooks.deliveries();
    }

    /** The most recent changes (up to 100), oldest first. */
    public List<RemoteChange> changes() {
        return new ArrayList<>(recentChanges);
    }

    public int requestsPerMinute() {
        return rateLimiter.requestsPerMinute();
    }

    /** Changes the rate limit while running (0 = unlimited); the count starts over in a new one-minute window. */
    public void requestsPerMinute(int limit) {
        rateLimiter.requestsPerMinute(limit);
    }

    /** Lifetime of access tokens issued from now on ({@code expires_in} is its whole seconds). */
    public void accessTokenLifetime(Duration lifetime) {
        oauth.tokenLifetime(lifetime);
    }

    /**
     * The {@code X-Remote-Signature} of a webhook delivery: lowercase hex HMAC-SHA256 of
     * {@code body + ":" + timestamp} under the signing key.
     */
    public static String sign(String signingKey, String body, long timestamp) {
        return RemoteWebhookDispatcher.sign(signingKey, body, timestamp);
    }

    // ---- routes ----

    private void route(SandboxServer server, String method, String template, boolean authenticated,
            SandboxHandler handler) {
        LongAdder requests = requestsByRoute.computeIfAbsent(method + " " + template, k -> new LongAdder());
        server.route(method, template, request -> {
            requests.increment();
            if (authenticated) {
                authenticate(request);
                if (!rateLimiter.tryAcquire(System.currentTimeMillis())) {
                    throw new SandboxException(429, "Too many requests");
                }
            }
            return handler.handle(request);
        });
    }

    private void authenticate(SandboxRequest request) {
        String header = request.header("Authorization");
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).trim() : null;
        boolean accepted = SandboxTokens.REMOTE_TOKEN.equals(token)
                || token != null && oauth.accepts(token, System.currentTimeMillis());
        if (!accepted) {
            // ra_live_ tokens are production tokens: the sandbox environment does not know them either.
            unauthorized.increment();
            throw new SandboxException(401, "Unauthorized");
        }
    }

    private SandboxResponse token(SandboxRequest request) {
        return SandboxResponse.json(200, oauth.token(request, System.currentTimeMillis()));
    }

    private SandboxResponse listEmployments(SandboxRequest request) {
        RemotePage page = RemotePage.of(request);
        String model = request.query("employment_model");
        if (model != null && !EMPLOYMENT_MODELS.contains(model)) {
            throw new SandboxException(400, "employment_model must be one of " + EMPLOYMENT_MODELS);
        }
        ArrayNode items = SandboxJson.array();
        String companyId = request.query("company_id");
        if (companyId != null && !companyId.equals(companyId())) {
            return SandboxResponse.json(200, page.envelope("employments", items, 0));
        }
        RemoteEmploymentFilter filter = RemoteEmploymentFilter.of(request.query("status"), request.query("email"),
                request.query("employment_type"), model, request.query("short_id"));
        RemoteEmploymentStore.Slice slice = store.find(filter, page.offset(), page.size());
        for (int index : slice.indices()) {
            items.add(store.minimal(index));
        }
        return SandboxResponse.json(200, page.envelope("employments", items, slice.total()));
    }

    private SandboxResponse showEmployment(SandboxRequest request) {
        return employmentResponse(store.full(existing(request.pathParam("employment_id"))));
    }

    private SandboxResponse patchEmployment(SandboxRequest request) {
        int index = existing(request.pathParam("employment_id"));
        if (request.body().length == 0) {
            // The spec's request body is optional: no body changes nothing.
            return employmentResponse(store.full(index));
        }
        JsonNode params = request.json();
        if (!params.isObject()) {
            throw new SandboxException(400, "the body must be a JSON object");
        }
        return employmentResponse(update(index, params, false));
    }

    private SandboxResponse createEmployment(SandboxRequest request) {
        ObjectNode full = store.full(create(request.json()));
        ObjectNode basic = SandboxJson.object();
        for (String field : List.of("basic_information", "company_id", "employment_lifecycle_stage", "full_name",
                "id", "job_title", "login_email", "personal_email", "provisional_start_date", "updated_at")) {
            basic.set(field, full.get(field));
        }
        basic.put("country_code", full.path("country").path("code").asText());
        // Employment.created_at has no zone, EmploymentBasicResponse.created_at is a date-time; both are "now".
        basic.put("created_at", full.path("updated_at").asText());
        String type = full.path("type").asText();
        if ("employee".equals(type) || "contractor".equals(type)) {
            // EmploymentBasicResponse only knows these two types.
            basic.put("type", type);
        }
        ObjectNode root = SandboxJson.object();
        root.putObject("data").set("employment", basic);
        return SandboxResponse.json(201, root);
    }

    private SandboxResponse listTimeoff(SandboxRequest request) {
        RemotePage page = RemotePage.of(request);
        String order = request.query("order");
        String sortBy = request.query("sort_by");
        if (order != null && !"asc".equals(order) && !"desc".equals(order)) {
            throw new SandboxException(400, "order must be asc or desc");
        }
        if (sortBy != null && !"timeoff_type".equals(sortBy) && !"status".equals(sortBy)) {
            throw new SandboxException(400, "sort_by must be timeoff_type or status");
        }
        RemoteTimeoffs.Query query = new RemoteTimeoffs.Query(request.query("employment_id"),
                request.query("status"), request.query("timeoff_type"), queryDate(request, "start_date"),
                queryDate(request, "end_date"), sortBy, order);
        return SandboxResponse.json(200, page.envelope("timeoffs",
                timeoffs.find(query, page.offset(), page.size())));
    }

    private SandboxResponse showTimeoff(SandboxRequest request) {
        ObjectNode timeoff = timeoffs.byId(request.pathParam("id"))
                .orElseThrow(() -> new SandboxException(404, "Not Found"));
        ObjectNode root = SandboxJson.object();
        root.putObject("data").set("timeoff", timeoff);
        return SandboxResponse.json(200, root);
    }

    private SandboxResponse listOffboardings(SandboxRequest request) {
        RemotePage page = RemotePage.of(request);
        return SandboxResponse.json(200, page.envelope("offboardings", offboardings.find(
                request.query("employment_id"), request.query("type"), page.offset(), page.size())));
    }

    private SandboxResponse createOffboarding(SandboxRequest request) {
        ObjectNode root = SandboxJson.object();
        root.putObject("data").set("offboarding", submitOffboarding(request.json()));
        return SandboxResponse.json(201, root);
    }

    private SandboxResponse listCompanies(SandboxRequest request) {
        ObjectNode root = SandboxJson.object();
        // The spec's CompaniesResponse schema lacks the "data" wrapper its example and the service have.
        ArrayNode companies = root.putObject("data").putArray("companies");
        String externalId = request.query("external_id");
        if (externalId == null || externalId.equals(companyExternalId())) {
            companies.add(company());
        }
        return SandboxResponse.json(200, root);
    }

    private SandboxResponse listCustomFields(SandboxRequest request) {
        RemotePage page = RemotePage.of(request);
        return SandboxResponse.json(200, page.envelope("custom_fields",
                customFields.definitions(page.offset(), page.size()), customFields.count()));
    }

    private SandboxResponse showCustomFieldValue(SandboxRequest request) {
        int field = customFields.indexOf(request.pathParam("custom_field_id"));
        int employment = store.indexOf(request.pathParam("employment_id"));
        if (field < 0 || employment < 0) {
            throw new SandboxException(404, "Not Found");
        }
        return customFieldValueResponse(customFields.value(field, employment));
    }

    private SandboxResponse updateCustomFieldValue(SandboxRequest request) {
        JsonNode body = request.json();
        if (!body.has("value")) {
            throw RemoteEmploymentChanges.invalid("value", "is required");
        }
        return customFieldValueResponse(setCustomFieldValue(request.pathParam("custom_field_id"),
                request.pathParam("employment_id"), body.get("value")));
    }

    private SandboxResponse createWebhookCallback(SandboxRequest request) {
        JsonNode body = request.json();
        body.fieldNames().forEachRemaining(field -> {
            if (!WEBHOOK_FIELDS.contains(field)) {
                throw RemoteEmploymentChanges.invalid(field, "is not a valid parameter");
            }
        });
        String url = RemoteEmploymentChanges.text("url", body.get("url"));
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw RemoteEmploymentChanges.invalid("url", "must be an http or https URL");
        }
        boolean all = body.path("subscribe_to_all_events").asBoolean(false);
        List<String> events = new ArrayList<>();
        for (JsonNode event : body.path("subscribed_events")) {
            if (!event.isTextual() || !EVENT_TYPE.matcher(event.asText()).matches()) {
                throw RemoteEmploymentChanges.invalid("subscribed_events", "is not an event type: " + event);
            }
            events.add(event.asText());
        }
        if (all == !events.isEmpty()) {
            throw RemoteEmploymentChanges.invalid("subscribed_events",
                    "give either subscribed_events or subscribe_to_all_events: true");
        }
        RemoteWebhookCallback callback = webhooks.register(url, events, all, SandboxTokens.REMOTE_SIGNING_KEY);
        ObjectNode root = SandboxJson.object();
        ObjectNode node = root.putObject("data").putObject("webhook_callback");
        node.put("id", callback.id());
        node.put("url", callback.url());
        node.put("signing_key", callback.signingKey());
        node.put("subscribe_to_all_events", callback.subscribeToAllEvents());
        node.set("subscribed_events", SandboxJson.MAPPER.valueToTree(callback.subscribedEvents()));
        return SandboxResponse.json(200, root);
    }

    private SandboxResponse deleteWebhookCallback(SandboxRequest request) {
        if (!webhooks.unregister(request.pathParam("id"))) {
            throw new SandboxException(404, "Not Found");
        }
        return ok();
    }

    private SandboxResponse triggerWebhookCallback(SandboxRequest request) {
        JsonNode body = request.json();
        String eventType = RemoteEmploymentChanges.text("event_type", body.get("event_type"));
        if (!EVENT_TYPE.matcher(eventType).matches()) {
            throw RemoteEmploymentChanges.invalid("event_type", "is not an event type");
        }
        String employmentId = store.id(existing(RemoteEmploymentChanges.text("employment_id",
                body.get("employment_id"))));
        webhooks.dispatch(payload(eventType, employmentId));
        return ok();
    }

    // ---- shared by the routes and the Java API ----

    private ObjectNode update(int index, JsonNode params, boolean direct) {
        if (params.isEmpty()) {
            return store.full(index);
        }
        AtomicReference<Set<String>> events = new AtomicReference<>();
        LocalDateTime now = now();
        store.update(index, employment -> {
            events.set(changes.apply(employment, params, direct, now));
            return employment;
        });
        String employmentId = store.id(index);
        List<String> fields = new ArrayList<>();
        params.fieldNames().forEachRemaining(fields::add);
        fire(employmentId, "updated", fields,
                events.get().stream().map(event -> payload(event, employmentId)).toList());
        return store.full(index);
    }

    private int create(JsonNode params) {
        if (!params.isObject()) {
            throw new SandboxException(400, "the body must be a JSON object");
        }
        params.fieldNames().forEachRemaining(field -> {
            if (!CREATE_FIELDS.contains(field)) {
                throw RemoteEmploymentChanges.invalid(field, "is not a valid parameter");
            }
        });
        JsonNode basic = params.path("basic_information");
        if (!basic.isObject()) {
            throw RemoteEmploymentChanges.invalid("basic_information", "is required");
        }
        String name = RemoteEmploymentChanges.text("basic_information.name", basic.get("name"));
        String email = RemoteEmploymentChanges.email("basic_information.email", basic.get("email"));
        String jobTitle = RemoteEmploymentChanges.text("basic_information.job_title", basic.get("job_title"));
        String workEmail = basic.has("work_email")
                ? RemoteEmploymentChanges.email("basic_information.work_email", basic.get("work_email")) : email;
        LocalDateTime now = now();
        LocalDate start = basic.has("provisional_start_date")
                ? RemoteEmploymentChanges.date("basic_information.provisional_start_date",
                        basic.get("provisional_start_date"))
                : now.toLocalDate();
        String countryCode = RemoteEmploymentChanges.text("country_code", params.get("country_code"));
        RemoteCountry country = RemoteCountry.byCode(countryCode)
                .orElseThrow(() -> RemoteEmploymentChanges.invalid("country_code", "is not a supported country"));
        String type = switch (params.path("type").asText("employee")) {
            case "employee" -> "employee";
            case "contractor" -> "contractor";
            case "global_payroll_employee" -> "global_payroll_employee";
            case "hris" -> "direct_employee";
            default -> throw RemoteEmploymentChanges.invalid("type", "is not an employment type");
        };
        JsonNode externalId = params.get("external_id");
        if (externalId != null && (!externalId.isTextual() || externalId.asText().length() > 64)) {
            throw RemoteEmploymentChanges.invalid("external_id", "must be a string of at most 64 characters");
        }
        if (params.has("company_id") && !companyId().equals(params.get("company_id").asText())) {
            throw RemoteEmploymentChanges.invalid("company_id", "does not match the company");
        }
        int index = store.create(i -> {
            ObjectNode employment = store.generator().created(i, name, email, workEmail, country, jobTitle, type,
                    start, externalId == null ? null : externalId.asText(), now);
            ((ObjectNode) employment.get("basic_information")).setAll((ObjectNode) basic);
            return employment;
        });
        List<String> fields = new ArrayList<>();
        params.fieldNames().forEachRemaining(fields::add);
        recordChange(store.id(index), "created", fields, List.of());
        return index;
    }

    private ObjectNode submitOffboarding(JsonNode params) {
        int index = existing(RemoteEmploymentChanges.text("employment_id", params.get("employment_id")));
        ObjectNode offboarding = offboardings.build(index, params,
                store.minimal(index).path("personal_email").asText(), now());
        AtomicReference<Set<String>> events = new AtomicReference<>();
        ObjectNode statusChange = SandboxJson.object().put("status", RemoteEmploymentStatus.OFFBOARDING.value());
        LocalDateTime now = now();
        store.update(index, employment -> {
            if (!RemoteEmploymentStatus.ACTIVE.value().equals(employment.path("status").asText())) {
                throw RemoteEmploymentChanges.invalid("employment_id", "only active employments can be offboarded");
            }
            events.set(changes.apply(employment, statusChange, true, now));
            return employment;
        });
        offboardings.submit(index, offboarding);
        String employmentId = store.id(index);
        ObjectNode submitted = payload(OFFBOARDING_SUBMITTED, employmentId);
        submitted.put("offboarding_id", offboardings.offboardingId(index));
        submitted.put("offboarding_request_id", offboardings.requestId(index));
        List<ObjectNode> payloads = new ArrayList<>(List.of(submitted));
        events.get().forEach(event -> payloads.add(payload(event, employmentId)));
        fire(employmentId, "offboarded", List.of("status"), payloads);
        return offboarding;
    }

    private ObjectNode setCustomFieldValue(String customFieldId, String employmentId, JsonNode value) {
        int field = customFields.indexOf(customFieldId);
        int employment = store.indexOf(employmentId);
        if (field < 0 || employment < 0) {
            throw new SandboxException(404, "Not Found");
        }
        ObjectNode result = customFields.setValue(field, employment, value);
        ObjectNode event = payload(CUSTOM_FIELD_VALUE_UPDATED, store.id(employment));
        event.put("custom_field_id", customFieldId);
        fire(store.id(employment), "custom_field_value_updated", List.of(customFieldId), List.of(event));
        return result;
    }

    /** Delivers the webhook events of a change and records it. */
    private void fire(String employmentId, String action, List<String> fields, List<ObjectNode> payloads) {
        payloads.forEach(webhooks::dispatch);
        recordChange(employmentId, action, fields,
                payloads.stream().map(p -> p.path("event_type").asText()).toList());
    }

    private void recordChange(String employmentId, String action, List<String> fields, List<String> events) {
        changeCount.increment();
        recentChanges.addLast(new RemoteChange(Instant.now(), employmentId, action, fields, events));
        while (recentChanges.size() > KEPT_CHANGES) {
            recentChanges.pollFirst();
        }
    }

    private ObjectNode payload(String eventType, String employmentId) {
        ObjectNode payload = SandboxJson.object();
        payload.put("company_id", companyId());
        payload.put("employment_id", employmentId);
        payload.put("event_type", eventType);
        return payload;
    }

    private int existing(String employmentId) {
        int index = store.indexOf(employmentId);
        if (index < 0) {
            throw new SandboxException(404, "Not Found");
        }
        return index;
    }

    private static SandboxResponse employmentResponse(ObjectNode employment) {
        ObjectNode root = SandboxJson.object();
        root.putObject("data").set("employment", employment);
        return SandboxResponse.json(200, root);
    }

    private static SandboxResponse customFieldValueResponse(ObjectNode value) {
        ObjectNode root = SandboxJson.object();
        root.putObject("data").set("custom_field_value", value);
        return SandboxResponse.json(200, root);
    }

    private static SandboxResponse ok() {
        ObjectNode root = SandboxJson.object();
        root.putObject("data").put("status", "ok");
        return SandboxResponse.json(200, root);
    }

    private static LocalDate queryDate(SandboxRequest request, String name) {
        String value = request.query(name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new SandboxException(400, name + " must be a date (YYYY-MM-DD)");
        }
    }

    private ObjectNode company() {
        ObjectNode node = SandboxJson.object();
        node.put("id", companyId());
        node.put("name", "Sandbox Company Ltd");
        node.put("external_id", companyExternalId());
        node.put("status", "active");
        node.put("country_code", "GBR");
        node.put("desired_currency", "GBP");
        node.put("company_owner_email", "owner@" + RemoteEmploymentGenerator.WORK_DOMAIN);
        node.put("company_owner_name", "Sandbox Owner");
        node.put("company_owner_user_id", seed.uuid(RemoteSeed.USER, 0));
        node.put("default_legal_entity_credit_risk_status", "no_deposit_required");
        node.put("phone_number", "+442071234567");
        node.put("registration_number", "SANDBOX-0001");
        node.put("tax_number", "GB000000000");
        node.putObject("address_details").put("address", "1 Sandbox Street").put("city", "London")
                .put("postal_code", "EC1A 1AA").put("country", "GBR");
        node.put("created_at", "2015-06-01T09:00:00Z");
        node.put("updated_at", "2025-12-01T09:00:00Z");
        node.put("terms_of_service_accepted_at", "2015-06-01T09:05:00Z");
        return node;
    }

    private static String companyExternalId() {
        return "sandbox-company";
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Runs an API operation for a Java caller, turning the API's errors into Java exceptions. */
    private static <T> T java(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (SandboxException e) {
            if (e.status() == 404) {
                throw new NoSuchElementException("no such employment (or custom field)");
            }
            String field = e.type() == null ? "" : e.type() + " ";
            throw new IllegalArgumentException(field + e.getMessage(), e);
        }
    }
}
