package io.github.camelsegmentremote.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook route's default events come from Remote's spec and cover every trait the mapping sends: adding a trait
 * to the mapping without naming the events that change it fails here.
 */
class TraitEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An employment with every field the mapping reads filled, so every default trait comes out. */
    private static final String EVERYTHING = """
            {"id":"e-1","full_name":"Ada Lovelace","work_email":"ada@example.com","personal_email":"a@example.org",
             "job_title":"Engineer","department":"R&D","country":{"name":"United Kingdom","alpha_2_code":"GB"},
             "status":"active","type":"employee","employment_lifecycle_stage":"employment_creation",
             "manager_employment_id":"e-0","manager_email":"boss@example.com","manager":"The Boss",
             "provisional_start_date":"2026-01-05","external_id":"X-1",
             "basic_information":{"first_name":"Ada","last_name":"Lovelace"},
             "custom_fields":{"shirt":"M"}}""";

    private static Set<String> specWebhooks() throws IOException {
        JsonNode spec = JSON.readTree(Path.of("src/test/resources/specs/remote-api.json").toFile());
        Set<String> names = new HashSet<>();
        spec.path("webhooks").fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void everyTraitTheMappingSendsHasTheEventsThatChangeIt() throws Exception {
        IdentifyMessage identify = new EmploymentIdentifyMapper().map(JSON.readTree(EVERYTHING)).orElseThrow();
        for (String trait : identify.traits().keySet()) {
            boolean custom = trait.startsWith(TraitMapping.DEFAULT.customFieldPrefix());
            assertThat(custom ? TraitEvents.CUSTOM_FIELDS : TraitEvents.BY_TRAIT.get(trait))
                    .as("the webhook events that change trait '%s' (add them to TraitEvents)", trait).isNotEmpty();
        }
        assertThat(TraitEvents.BY_TRAIT.keySet()).as("no stale entries").allSatisfy(trait -> assertThat(
                identify.traits()).containsKey(trait));
    }

    @Test
    void everyDefaultEventIsAWebhookOfRemotesSpec() throws Exception {
        assertThat(specWebhooks()).containsAll(TraitEvents.DEFAULT_EVENTS);
        // The employment events of the spec that change nothing the mapping sends stay out (a detail read each).
        assertThat(TraitEvents.DEFAULT_EVENTS).doesNotContain("timeoff.approved", "employment.onboarding_task"
                + ".completed", "payslip.released");
    }

    @Test
    void theAppsDefaultIsTheDerivedList() throws Exception {
        String properties = Files.readString(Path.of("src/app/resources/camel-segment-remote.properties"));
        Matcher m = Pattern.compile("(?m)^sync\\.webhook-events=\\$\\{SYNC_WEBHOOK_EVENTS:([^}]*)}").matcher(
                properties);
        assertThat(m.find()).as("sync.webhook-events in the app's properties").isTrue();
        assertThat(List.of(m.group(1).split(","))).containsExactlyInAnyOrderElementsOf(TraitEvents.DEFAULT_EVENTS);
    }
}
