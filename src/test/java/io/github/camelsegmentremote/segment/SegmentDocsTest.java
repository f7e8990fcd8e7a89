package io.github.camelsegmentremote.segment;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed component docs carry the current option, header and operation tables. */
class SegmentDocsTest {

    private static final Path DOC = Path.of("src/main/docs/segment-component.adoc");
    private static final Path COMPONENT_JSON = Path.of(
            "src/generated/resources/META-INF/io/github/camelsegmentremote/segment/segment.json");

    @Test
    void generatedTablesAreCurrent() throws Exception {
        String committed = Files.readString(DOC, StandardCharsets.UTF_8);
        String current = new SegmentDocsGenerator(COMPONENT_JSON).render(committed);
        if (Boolean.getBoolean("segment.docs.update")) {
            Files.writeString(DOC, current, StandardCharsets.UTF_8);
            committed = current;
        }
        assertThat(committed)
                .as("%s has stale tables: run mvn process-classes, then mvn test -Dtest=SegmentDocsTest "
                        + "-Dsegment.docs.update=true", DOC)
                .isEqualTo(current);
    }

    @Test
    void documentsEveryOperationOnce() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        for (SegmentOperation operation : SegmentOperationCatalog.PUBLIC_API.operations()) {
            assertThat(doc).contains("| `" + operation.operationId() + "` ");
        }
        assertThat(doc).contains("include::segment-component-tracking.adoc[]");
    }
}
