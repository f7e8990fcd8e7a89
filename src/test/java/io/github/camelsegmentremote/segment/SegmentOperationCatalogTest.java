package io.github.camelsegmentremote.segment;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SegmentOperationCatalogTest {

    /** The spec files (read-only, next to the project); surefire sets {@code specs.dir}. */
    private static final Path SPECS = Path.of(System.getProperty("specs.dir", "../shared/specs"));
    private static final Path RESOURCE = Path.of("src/main/resources", SegmentOperationCatalog.RESOURCE_DIR,
            "public-api-operations.tsv");

    @Test
    void bundledCatalogMatchesTheSpec() throws Exception {
        assumeTrue(Files.isRegularFile(SPECS.resolve("segment-public-api-operations.tsv")),
                "Segment spec files not found at " + SPECS.toAbsolutePath());
        String expected = SegmentCatalogGenerator.generate(SPECS);
        if (Boolean.getBoolean("segment.catalog.update")) {
            Files.writeString(RESOURCE, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(RESOURCE, StandardCharsets.UTF_8))
                .as("%s is stale: regenerate with mvn test -Dtest=SegmentOperationCatalogTest "
                        + "-Dsegment.catalog.update=true", RESOURCE)
                .isEqualTo(expected);
    }

    @Test
    void holdsEveryPublicApiOperation() {
        assertThat(SegmentOperationCatalog.PUBLIC_API.operations()).hasSize(201);
        Set<String> methods = SegmentOperationCatalog.PUBLIC_API.operations().stream()
                .map(SegmentOperation::method).collect(Collectors.toSet());
        assertThat(methods).containsExactlyInAnyOrder("GET", "POST", "PUT", "PATCH", "DELETE");
    }

    @Test
    void knowsHowListAnswersRead() {
        SegmentOperation listSources = SegmentOperationCatalog.PUBLIC_API.require("listSources");
        assertThat(listSources.method()).isEqualTo("GET");
        assertThat(listSources.path().template()).isEqualTo("/sources");
        assertThat(listSources.paged()).isTrue();
        assertThat(listSources.resultField()).isEqualTo("sources");
        assertThat(listSources.resultType()).isEqualTo("SourceV1");

        SegmentOperation labels = SegmentOperationCatalog.PUBLIC_API.require("listLabels");
        assertThat(labels.paged()).isFalse();
        assertThat(labels.isList()).isTrue();
        assertThat(labels.resultField()).isEqualTo("labels");

        SegmentOperation catalog = SegmentOperationCatalog.PUBLIC_API.require("getSourcesCatalog");
        assertThat(catalog.paged()).as("a get* operation that pages").isTrue();
    }

    @Test
    void knowsWhereTheResourceIsInAnAnswer() {
        SegmentOperation getSource = SegmentOperationCatalog.PUBLIC_API.require("getSource");
        assertThat(getSource.paged()).isFalse();
        assertThat(getSource.resultField()).isEqualTo("source");
        assertThat(getSource.path().parameters()).containsExactly("sourceId");

        SegmentOperation settings = SegmentOperationCatalog.PUBLIC_API.require("updateSchemaSettingsInSource");
        assertThat(settings.method()).isEqualTo("PATCH");
        assertThat(settings.resultField()).isEqualTo("settings");
        assertThat(settings.resultType()).isEqualTo("SourceSettingsOutputV1");
        assertThat(settings.isList()).isFalse();

        SegmentOperation workspace = SegmentOperationCatalog.PUBLIC_API.require("getWorkspace");
        assertThat(workspace.path().template()).isEqualTo("/");
        assertThat(workspace.resultField()).isEqualTo("workspace");

        SegmentOperation addSource = SegmentOperationCatalog.PUBLIC_API.require("addSourceToTrackingPlan");
        assertThat(addSource.resultField()).as("only a status comes back: the whole data object").isNull();
    }

    @Test
    void unknownOperationNamesTheClosestOnes() {
        assertThatThrownBy(() -> SegmentOperationCatalog.PUBLIC_API.require("listSource"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown Segment Public API operation 'listSource'")
                .hasMessageContaining(SegmentConstants.OPERATION)
                .hasMessageContaining("Did you mean listSources");
        assertThatThrownBy(() -> SegmentOperationCatalog.PUBLIC_API.require("getSchemaSettingsInSource"))
                .hasMessageContaining("listSchemaSettingsInSource");
        assertThatThrownBy(() -> SegmentOperationCatalog.PUBLIC_API.require("listDestinationsFrom"))
                .hasMessageContaining("listDestinationsFromAudience");
    }

    @Test
    void configApiOffersTheReadOperationsForMigration() {
        assertThat(SegmentOperationCatalog.CONFIG_API.require("listWorkspaces").paged()).isTrue();
        assertThat(SegmentOperationCatalog.CONFIG_API.require("listSources").path().parameters())
                .containsExactly("workspace");
        assertThat(SegmentOperationCatalog.CONFIG_API.operations()).allMatch(op -> op.method().equals("GET"));
        assertThatThrownBy(() -> SegmentOperationCatalog.CONFIG_API.require("createSource"))
                .hasMessageContaining("Config API")
                .hasMessageContaining("listWorkspaces");
    }

    @Test
    void editDistance() {
        assertThat(io.github.camelsegmentremote.client.CloseMatches.editDistance("kitten", "sitting")).isEqualTo(3);
        assertThat(io.github.camelsegmentremote.client.CloseMatches.editDistance("", "abc")).isEqualTo(3);
        assertThat(io.github.camelsegmentremote.client.CloseMatches.editDistance("same", "same")).isZero();
    }
}
