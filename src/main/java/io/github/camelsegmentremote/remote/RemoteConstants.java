package io.github.camelsegmentremote.remote;

import org.apache.camel.spi.Metadata;

/**
 * Message headers of the {@code remote:} component. Headers in are read by the producer (they override the
 * endpoint's options for one message); headers out are set by the producer or the consumers.
 */
public final class RemoteConstants {

    @Metadata(label = "producer", description = "Overrides the endpoint's operation for this message: an operation "
            + "name (getEmployment) or a spec operationId (get_v1_employments_employment_id)", javaType = "String")
    public static final String OPERATION = "CamelRemoteOperation";

    @Metadata(label = "producer", description = "Path and query parameters by their spec name (employment_id, "
            + "status, timeoff_type, ...), for this message; they win over every other source",
              javaType = "java.util.Map<String, Object>")
    public static final String PARAMETERS = "CamelRemoteParameters";

    @Metadata(description = "In: the employment_id path or query parameter. Out: the employment a polled item, a "
            + "webhook event or an employment answer is about", javaType = "String")
    public static final String EMPLOYMENT_ID = "CamelRemoteEmploymentId";

    @Metadata(label = "producer", description = "The company_id path or query parameter", javaType = "String")
    public static final String COMPANY_ID = "CamelRemoteCompanyId";

    @Metadata(label = "producer", description = "The custom_field_id path parameter", javaType = "String")
    public static final String CUSTOM_FIELD_ID = "CamelRemoteCustomFieldId";

    @Metadata(description = "In: the id of the resource the operation acts on: fills the {id} path parameter, else "
            + "the operation's last path parameter. Out: the id of a polled item", javaType = "String")
    public static final String RESOURCE_ID = "CamelRemoteResourceId";

    @Metadata(description = "Out: the page the list answer or the polled item came from (1-based)",
              javaType = "Integer")
    public static final String PAGE = "CamelRemotePage";

    @Metadata(description = "Out: the number of pages of the list, as Remote reported it", javaType = "Integer")
    public static final String TOTAL_PAGES = "CamelRemoteTotalPages";

    @Metadata(description = "Out: the number of items of the list, as Remote reported it", javaType = "Long")
    public static final String TOTAL_COUNT = "CamelRemoteTotalCount";

    @Metadata(label = "producer", description = "Out, one-page lists (allPages=false): whether a page follows this "
            + "one", javaType = "Boolean")
    public static final String HAS_MORE_PAGES = "CamelRemoteHasMorePages";

    @Metadata(label = "consumer", description = "Out, webhook: the event type (employment.onboarding.completed, "
            + "timeoff.approved, ...)", javaType = "String")
    public static final String EVENT_TYPE = "CamelRemoteEventType";

    @Metadata(label = "consumer", description = "Out, webhook: the delivery's X-Remote-Timestamp, Unix milliseconds",
              javaType = "Long")
    public static final String WEBHOOK_TIMESTAMP = "CamelRemoteWebhookTimestamp";

    @Metadata(label = "producer", description = "In, file uploads (multipart/form-data operations such as "
            + "createDocument) whose body is the file: the form fields to send beside it, a Map of field name to "
            + "value (employment_id, type, sub_type)", javaType = "java.util.Map")
    public static final String FORM_FIELDS = "CamelRemoteFormFields";

    private RemoteConstants() {
    }
}
