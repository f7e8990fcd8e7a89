package io.github.camelsegmentremote.springboot;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.client.JsonBodies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spring Boot properties cannot fall behind the components: the committed {@code *ComponentConfiguration}
 * classes are what {@link ComponentPropertiesGenerator} makes of the component JSON today, and the configuration
 * metadata in the library's classes (IDE completion) names every component option with the component's own
 * description.
 */
class ComponentPropertiesTest {

    private static final Path GENERATED_JSON = Path.of("src/generated/resources/META-INF/io/github/camelsegmentremote");
    private static final Path SOURCES = Path.of("src/main/java/io/github/camelsegmentremote/springboot");

    private static ComponentPropertiesGenerator generator(String scheme) throws Exception {
        return new ComponentPropertiesGenerator(GENERATED_JSON.resolve(scheme).resolve(scheme + ".json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"segment", "remote"})
    void committedPropertiesClassIsCurrent(String scheme) throws Exception {
        ComponentPropertiesGenerator generator = generator(scheme);
        Path source = SOURCES.resolve(generator.className() + ".java");
        String current = generator.render();
        if (Boolean.getBoolean("springboot.properties.update")) {
            Files.writeString(source, current, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(source, StandardCharsets.UTF_8))
                .as("%s is stale: run mvn process-classes, then mvn test -Dtest=ComponentPropertiesTest "
                        + "-Dspringboot.properties.update=true", source)
                .isEqualTo(current);
    }

    @ParameterizedTest
    @ValueSource(strings = {"segment", "remote"})
    void metadataDescribesEveryComponentOption(String scheme) throws Exception {
        ComponentPropertiesGenerator generator = generator(scheme);
        Map<String, JsonNode> metadata = libraryMetadata();
        assertThat(generator.options()).hasSizeGreaterThan(30);
        generator.options().forEach((name, option) -> {
            String property = generator.propertyName(name);
            assertThat(metadata).as("metadata of %s", property).containsKey(property);
            assertThat(normalised(metadata.get(property).path("description").asText()))
                    .as("description of %s", property)
                    .isEqualTo(normalised(option.path("description").asText()));
        });
        assertThat(metadata).containsKeys("camel.component." + scheme + ".enabled",
                "camel.component." + scheme + ".customizer.enabled");
    }

    /** The properties of the library's metadata file (target/classes), by name. */
    private static Map<String, JsonNode> libraryMetadata() throws Exception {
        List<URL> files = Collections.list(ComponentPropertiesTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"));
        URL library = files.stream().filter(u -> u.toString().contains("/target/classes/")).findFirst()
                .orElseThrow(() -> new AssertionError("no META-INF/spring-configuration-metadata.json in "
                        + "target/classes; found " + files));
        Map<String, JsonNode> properties = new HashMap<>();
        try (InputStream in = library.openStream()) {
            JsonBodies.MAPPER.readTree(in).path("properties")
                    .forEach(p -> properties.put(p.path("name").asText(), p));
        }
        return properties;
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
