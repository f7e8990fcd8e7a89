package io.github.camelsegmentremote.sync;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelsegmentremote.remote.Employment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmploymentIdentifyMapperTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode employment(String extra) throws Exception {
        return JSON.readTree("""
                {"id":"e-1","full_name":"Ana Maria Silva","work_email":"ana@acme.test","personal_email":"a@home.test",
                 "job_title":"Engineer","department":"R&D","country":{"code":"PRT","alpha_2_code":"PT","name":"Portugal"},
                 "status":"active","type":"employee","employment_lifecycle_stage":"onboarded",
                 "manager_employment_id":"e-0","manager_email":"boss@acme.test","manager":"Bo Boss",
                 "provisional_start_date":"2024-03-01","external_id":null,
                 "custom_fields":{"shirtSize":"M","remoteDays":3},
                 "administrative_details":{"cost_center":"CC-7"}%s}
                """.formatted(extra));
    }

    @Test
    void mapsEveryDefaultTraitAndLeavesNullsOut() throws Exception {
        IdentifyMessage m = new EmploymentIdentifyMapper().map(employment("")).orElseThrow();

        assertThat(m.userId()).isEqualTo("e-1");
        assertThat(m.traits()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("name", "Ana Maria Silva"), Map.entry("firstName", "Ana"),
                Map.entry("lastName", "Maria Silva"), Map.entry("email", "ana@acme.test"),
                Map.entry("title", "Engineer"), Map.entry("department", "R&D"), Map.entry("country", "Portugal"),
                Map.entry("countryCode", "PT"), Map.entry("status", "active"), Map.entry("employmentType", "employee"),
                Map.entry("lifecycleStage", "onboarded"), Map.entry("managerId", "e-0"),
                Map.entry("managerEmail", "boss@acme.test"), Map.entry("managerName", "Bo Boss"),
                Map.entry("startDate", "2024-03-01"), Map.entry("custom_shirtSize", "M"),
                Map.entry("custom_remoteDays", 3))).doesNotContainKey("externalId");
        assertThat(m.toMap()).containsEntry("userId", "e-1");
        assertThat(m.messageIdKey()).isEqualTo("e-1:" + m.contentHash());
    }

    @Test
    void theTypedModelMapsLikeTheJsonItCameFrom() throws Exception {
        JsonNode json = employment("");
        Employment model = JSON.treeToValue(json, Employment.class);
        EmploymentIdentifyMapper mapper = new EmploymentIdentifyMapper();

        // A model built by plain Jackson has no source JSON and is converted; the component's models carry it.
        assertThat(model.sourceJson()).isNull();
        IdentifyMessage fromModel = mapper.map(model).orElseThrow();
        IdentifyMessage fromJson = mapper.map(json).orElseThrow();
        assertThat(fromModel.traits()).isEqualTo(fromJson.traits());
        assertThat(fromModel.contentHash()).isEqualTo(fromJson.contentHash());
    }

    @Test
    void hashIsStableAndChangesWithContent() throws Exception {
        EmploymentIdentifyMapper mapper = new EmploymentIdentifyMapper();
        String first = mapper.map(employment("")).orElseThrow().contentHash();
        assertThat(mapper.map(employment("")).orElseThrow().contentHash()).isEqualTo(first).hasSize(32);
        assertThat(mapper.map(employment(",\"job_title\":\"Staff Engineer\"")).orElseThrow().contentHash())
                .isNotEqualTo(first);
        // A field the mapping does not read does not make the employee "changed".
        assertThat(mapper.map(employment(",\"updated_at\":\"2025-01-01\"")).orElseThrow().contentHash())
                .isEqualTo(first);
    }

    @Test
    void renamesDropsAndExtraTraitsWithoutJava() throws Exception {
        TraitMapping mapping = TraitMapping.parse("title=jobTitle, managerName=", "costCenter=/administrative_details/cost_center",
                "remote_");
        IdentifyMessage m = new EmploymentIdentifyMapper(UserIdSource.workEmail, mapping).map(employment(""))
                .orElseThrow();
        assertThat(m.userId()).isEqualTo("ana@acme.test");
        assertThat(m.traits()).containsEntry("jobTitle", "Engineer").doesNotContainKeys("title", "managerName")
                .containsEntry("costCenter", "CC-7").containsEntry("remote_shirtSize", "M");
    }

    @Test
    void missingUserIdFieldSkipsWithAReason() throws Exception {
        EmploymentIdentifyMapper mapper = new EmploymentIdentifyMapper(UserIdSource.externalId, TraitMapping.DEFAULT);
        assertThat(mapper.map(employment(""))).isEmpty();
        assertThat(mapper.missingUserIdReason()).contains("external_id", "userIdSource=externalId");
    }

    @Test
    void badInputIsNamed() {
        assertThatThrownBy(() -> new EmploymentIdentifyMapper().map(Map.of("name", "x")))
                .hasMessageContaining("no 'id'").hasMessageContaining("name");
        assertThatThrownBy(() -> TraitMapping.parse("title", null, null))
                .hasMessageContaining("Option traitRenames").hasMessageContaining("name=value");
        assertThatThrownBy(() -> TraitMapping.parse(null, "cost=administrative_details", null))
                .hasMessageContaining("Option extraTraits").hasMessageContaining("JSON pointer");
    }
}
