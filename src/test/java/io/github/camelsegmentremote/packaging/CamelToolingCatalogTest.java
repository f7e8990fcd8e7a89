package io.github.camelsegmentremote.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

import org.apache.camel.catalog.DefaultCamelCatalog;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.tooling.model.ComponentModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camel's tooling finds and documents both components from what the build puts on the class path, the way it
 * reads any component jar: {@code component.properties} names the jar's components and its Maven coordinates, each
 * component's service file names its class, and the component JSON next to the class documents it. Checked with
 * Camel's catalog API (camel-catalog, as Camel JBang's {@code camel catalog} and {@code camel doc} use) and with a
 * CamelContext's own catalog lookup.
 */
class CamelToolingCatalogTest {

    private static final String COMPONENT_PROPERTIES = "META-INF/services/org/apache/camel/component.properties";

    @Test
    void componentPropertiesNameBothComponentsAndTheArtifact() throws IOException {
        Properties properties = libraryComponentProperties();
        assertThat(properties.getProperty("components").split(" ")).containsExactlyInAnyOrder("remote", "segment");
        assertThat(properties.getProperty("groupId")).isEqualTo("io.github.camelsegmentremote");
        assertThat(properties.getProperty("artifactId")).isEqualTo("camel-segment-remote");
        assertThat(properties.getProperty("version")).isNotBlank();
    }

    @Test
    void camelCatalogListsAndDocumentsBothComponents() throws Exception {
        DefaultCamelCatalog catalog = new DefaultCamelCatalog();
        for (String name : libraryComponentProperties().getProperty("components").split(" ")) {
            String className = serviceClass(name);
            catalog.addComponent(name, className, componentJson(className, name));
        }
        assertThat(catalog.findComponentNames()).contains("segment", "remote");
        assertThat(catalog.findComponentNames("cloud")).contains("segment", "remote");
        for (String name : List.of("segment", "remote")) {
            ComponentModel model = catalog.componentModel(name);
            assertThat(model.getArtifactId()).isEqualTo("camel-segment-remote");
            assertThat(model.getTitle()).isNotBlank();
            assertThat(model.getDescription()).isNotBlank();
            assertThat(model.getComponentOptions()).hasSizeGreaterThan(30)
                    .allSatisfy(o -> assertThat(o.getDescription()).as("%s option %s", name, o.getName())
                            .isNotBlank());
            assertThat(model.getEndpointOptions()).anySatisfy(o -> assertThat(o.getName()).isEqualTo("operation"));
        }
        assertThat(catalog.componentModel("segment").getComponentOptions())
                .anySatisfy(o -> {
                    assertThat(o.getName()).isEqualTo("writeKey");
                    assertThat(o.isSecret()).isTrue();
                });
        // Endpoint URIs validate against the documented options, as Camel's tooling and IDE plugins do.
        assertThat(catalog.validateEndpointProperties("segment:identify?writeKey=k&batchSize=10").isSuccess())
                .isTrue();
        assertThat(catalog.validateEndpointProperties("remote:listEmployments?pageSise=10").getUnknown())
                .containsExactly("pageSise");
    }

    @Test
    void aCamelContextFindsTheComponentsJsonSchema() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            for (String name : List.of("segment", "remote")) {
                String schema = context.getComponentParameterJsonSchema(name);
                assertThat(schema).as("%s JSON schema", name).contains("\"scheme\": \"" + name + "\"")
                        .contains("\"componentProperties\"");
            }
        }
    }

    /** component.properties of the library's own classes (not of another jar on the test class path). */
    private static Properties libraryComponentProperties() throws IOException {
        List<URL> all = Collections.list(CamelToolingCatalogTest.class.getClassLoader()
                .getResources(COMPONENT_PROPERTIES));
        URL library = all.stream().filter(u -> u.toString().contains("/target/classes/")).findFirst()
                .orElseThrow(() -> new AssertionError(COMPONENT_PROPERTIES + " is not in target/classes; found "
                        + all));
        Properties properties = new Properties();
        try (InputStream in = library.openStream()) {
            properties.load(in);
        }
        return properties;
    }

    private static String serviceClass(String name) throws IOException {
        Properties service = new Properties();
        try (InputStream in = resource("META-INF/services/org/apache/camel/component/" + name)) {
            service.load(in);
        }
        return service.getProperty("class");
    }

    private static String componentJson(String className, String name) throws IOException {
        String path = "META-INF/" + className.substring(0, className.lastIndexOf('.')).replace('.', '/') + "/"
                + name + ".json";
        try (InputStream in = resource(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = CamelToolingCatalogTest.class.getClassLoader().getResourceAsStream(path);
        assertThat(in).as(path).isNotNull();
        return in;
    }
}
