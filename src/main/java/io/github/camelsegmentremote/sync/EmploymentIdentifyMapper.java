package io.github.camelsegmentremote.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.camelsegmentremote.remote.RemoteModel;

/**
 * Maps a Remote employment (list item or full record, as JSON, Map or the component's typed model) to a Segment
 * identify. Default traits, in Segment's reserved-trait spelling where one exists:
 *
 * <table>
 * <caption>Default traits</caption>
 * <tr><th>trait</th><th>from the employment</th></tr>
 * <tr><td>name</td><td>full_name</td></tr>
 * <tr><td>firstName, lastName</td><td>basic_information.first_name / last_name, else full_name split at the first
 * space</td></tr>
 * <tr><td>email</td><td>work_email, else personal_email</td></tr>
 * <tr><td>title</td><td>job_title</td></tr>
 * <tr><td>department</td><td>department</td></tr>
 * <tr><td>country, countryCode</td><td>country.name, country.alpha_2_code (else country.code)</td></tr>
 * <tr><td>status, employmentType, lifecycleStage</td><td>status, type, employment_lifecycle_stage</td></tr>
 * <tr><td>managerId, managerEmail, managerName</td><td>manager_employment_id, manager_email, manager</td></tr>
 * <tr><td>startDate</td><td>provisional_start_date</td></tr>
 * <tr><td>externalId</td><td>external_id</td></tr>
 * <tr><td>&lt;prefix&gt;&lt;field&gt;</td><td>each entry of custom_fields (object, or list of name/value)</td></tr>
 * </table>
 *
 * Null and missing values are left out. {@link TraitMapping} renames or drops traits and adds traits read by JSON
 * pointer. The mapping is pure: same employment, same message and hash.
 */
public final class EmploymentIdentifyMapper {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    });

    private final UserIdSource userIdSource;
    private final TraitMapping traitMapping;

    public EmploymentIdentifyMapper(UserIdSource userIdSource, TraitMapping traitMapping) {
        this.userIdSource = userIdSource == null ? UserIdSource.employmentId : userIdSource;
        this.traitMapping = traitMapping == null ? TraitMapping.DEFAULT : traitMapping;
    }

    public EmploymentIdentifyMapper() {
        this(UserIdSource.employmentId, TraitMapping.DEFAULT);
    }

    /**
     * The identify for an employment, or empty when the chosen userId field is missing (the caller reports the
     * employment as skipped, with {@link #missingUserIdReason()}).
     */
    public Optional<IdentifyMessage> map(Object employment) {
        JsonNode e = employment instanceof JsonNode node ? node
                : employment instanceof RemoteModel model && model.sourceJson() != null ? model.sourceJson()
                : CANONICAL.valueToTree(employment);
        String employmentId = text(e, "id");
        if (employmentId == null) {
            throw new IllegalArgumentException("The employment has no 'id': not a Remote employment record? "
                    + "Fields present: " + fieldNames(e));
        }
        String userId = switch (userIdSource) {
            case employmentId -> employmentId;
            case workEmail -> text(e, "work_email");
            case externalId -> text(e, "external_id");
        };
        if (userId == null) {
            return Optional.empty();
        }
        Map<String, Object> traits = new IdentifyMessage.MappedTraits();
        String fullName = text(e, "full_name");
        put(traits, "name", fullName);
        JsonNode basic = e.path("basic_information");
        String first = text(basic, "first_name");
        String last = text(basic, "last_name");
        if (first == null && last == null && fullName != null) {
            int space = fullName.indexOf(' ');
            first = space > 0 ? fullName.substring(0, space) : fullName;
            last = space > 0 ? fullName.substring(space + 1).trim() : null;
        }
        put(traits, "firstName", first);
        put(traits, "lastName", last);
        String email = text(e, "work_email");
        put(traits, "email", email != null ? email : text(e, "personal_email"));
        put(traits, "title", text(e, "job_title"));
        put(traits, "department", text(e, "department"));
        JsonNode country = e.path("country");
        put(traits, "country", text(country, "name"));
        String alpha2 = text(country, "alpha_2_code");
        put(traits, "countryCode", alpha2 != null ? alpha2 : text(country, "code"));
        put(traits, "status", text(e, "status"));
        put(traits, "employmentType", text(e, "type"));
        put(traits, "lifecycleStage", text(e, "employment_lifecycle_stage"));
        put(traits, "managerId", text(e, "manager_employment_id"));
        put(traits, "managerEmail", text(e, "manager_email"));
        put(traits, "managerName", text(e, "manager"));
        put(traits, "startDate", text(e, "provisional_start_date"));
        put(traits, "externalId", text(e, "external_id"));
        customFields(e.path("custom_fields"), traits);
        traitMapping.extraTraits().forEach((name, pointer) -> {
            JsonNode value = e.at(pointer);
            if (!value.isMissingNode() && !value.isNull()) {
                traits.put(name, value.isValueNode() ? CANONICAL.convertValue(value, Object.class) : value);
            }
        });
        return Optional.of(new IdentifyMessage(employmentId, userId, traits, hash(userId, traits)));
    }

    /** Why an employment without the chosen userId field is skipped. */
    public String missingUserIdReason() {
        return "no " + switch (userIdSource) {
            case employmentId -> "id";
            case workEmail -> "work_email";
            case externalId -> "external_id";
        } + " to use as userId (option userIdSource=" + userIdSource + ")";
    }

    private void customFields(JsonNode custom, Map<String, Object> traits) {
        String prefix = traitMapping.customFieldPrefix();
        if (custom.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = custom.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                putValue(traits, prefix + field.getKey(), field.getValue());
            }
        } else if (custom.isArray()) {
            for (JsonNode field : custom) {
                String name = text(field, "name");
                if (name != null) {
                    putValue(traits, prefix + name, field.path("value"));
                }
            }
        }
    }

    private void put(Map<String, Object> traits, String trait, String value) {
        String name = traitMapping.nameOf(trait);
        if (name != null && value != null) {
            traits.put(name, value);
        }
    }

    private static void putValue(Map<String, Object> traits, String name, JsonNode value) {
        if (!value.isMissingNode() && !value.isNull()) {
            traits.put(name, value.isValueNode() ? CANONICAL.convertValue(value, Object.class) : value);
        }
    }

    /**
     * A content hash of userId and traits: SHA-256 over the names and values in the mapping's order (which is fixed
     * by this class and the employment's own field order), the first 128 bits as hex. No JSON is written for it.
     */
    static String hash(String userId, Map<String, Object> traits) {
        MessageDigest digest = SHA_256.get();
        digest.reset();
        update(digest, userId);
        for (Map.Entry<String, Object> trait : traits.entrySet()) {
            digest.update((byte) 1);
            update(digest, trait.getKey());
            digest.update((byte) 2);
            Object value = trait.getValue();
            if (!(value instanceof String)) {
                // Numbers, booleans and JSON nodes (extra traits, custom fields): their text is their JSON.
                digest.update((byte) 3);
            }
            update(digest, String.valueOf(value));
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    private static final ThreadLocal<byte[]> ASCII = ThreadLocal.withInitial(() -> new byte[256]);

    /** The UTF-8 bytes of the text into the digest; ASCII text (nearly all) without allocating. */
    private static void update(MessageDigest digest, String text) {
        int length = text.length();
        byte[] buffer = ASCII.get();
        if (length > buffer.length) {
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            return;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                return;
            }
            buffer[i] = (byte) c;
        }
        digest.update(buffer, 0, length);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    private static String fieldNames(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        node.fieldNames().forEachRemaining(n -> sb.append(sb.length() == 0 ? "" : ", ").append(n));
        return sb.length() == 0 ? "(none)" : sb.toString();
    }
}
