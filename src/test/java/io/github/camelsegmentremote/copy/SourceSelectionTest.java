package io.github.camelsegmentremote.copy;

import java.util.List;
import java.util.Map;

import io.github.camelsegmentremote.segment.model.Label;
import io.github.camelsegmentremote.segment.model.Source;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Selection expressions and the split of settings into what can be copied and the masked secrets. */
class SourceSelectionTest {

    private static Source source(String slug, String name, Label... labels) {
        Source source = new Source();
        source.setSlug(slug);
        source.setName(name);
        source.setLabels(List.of(labels));
        return source;
    }

    @Test
    void selectsBySlugNameOrLabel() {
        Source web = source("web-app", "Marketing Website", new Label("team", "growth"));
        Source backend = source("backend-7", "Backend Service 7", new Label("environment", "prod"));

        assertThat(SourceSelection.parse("").matches(web)).isTrue();
        assertThat(SourceSelection.parse("all").matches(backend)).isTrue();
        assertThat(SourceSelection.slugMatching("backend-.*").matches(backend)).isTrue();
        assertThat(SourceSelection.slugMatching("backend").matches(backend)).as("the whole slug").isFalse();
        assertThat(SourceSelection.nameMatching("Marketing.*").matches(web)).isTrue();
        assertThat(SourceSelection.withLabel("team", "growth").matches(web)).isTrue();
        assertThat(SourceSelection.withLabel("team", "growth").matches(backend)).isFalse();
        assertThat(SourceSelection.parse("label:environment:prod")).isEqualTo(
                SourceSelection.withLabel("environment", "prod")).hasToString("label:environment:prod");
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThatThrownBy(() -> SourceSelection.parse("tag:x")).hasMessageContaining("it must start with all, "
                + "slug:, name: or label:");
        assertThatThrownBy(() -> SourceSelection.parse("label:team")).hasMessageContaining("label:KEY:VALUE");
        assertThatThrownBy(() -> SourceSelection.parse("name:")).hasMessageContaining("give a regular expression");
    }

    @Test
    void maskedSecretsAreNamedAndNeverCopied() {
        Map<String, Object> settings = Map.of("subdomain", "acme", "apiToken", "••••••••••",
                "auth", Map.of("user", "segment", "password", "••••"));

        MaskedSettings split = MaskedSettings.of(settings);

        assertThat(split.copyable()).isEqualTo(Map.of("subdomain", "acme", "auth", Map.of("user", "segment")));
        assertThat(split.masked()).containsExactlyInAnyOrder("apiToken", "auth.password");
        assertThat(split.hasSecret("auth.password")).isTrue();
        assertThat(MaskedSettings.of(null).copyable()).isEmpty();
    }
}
