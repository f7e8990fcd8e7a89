package io.github.camelsegmentremote.remote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated sections of {@code remote-component.adoc} (options, headers, operations) match the component's
 * metadata and the spec; run with {@code -Dremote.regenerate=true} to rewrite them.
 */
class RemoteComponentDocTest {

    static final Path DOC_FILE = Path.of("src/main/docs/remote-component.adoc");

    @Test
    void generatedSectionsAreCurrent() throws IOException {
        Map<String, String> sections = RemoteDocSections.generate(RemoteOperationCatalogTest.fromSpec());
        String doc = Files.readString(DOC_FILE, StandardCharsets.UTF_8);
        String expected = RemoteDocSections.apply(doc, sections);
        if (Boolean.getBoolean(RemoteOperationCatalogTest.REGENERATE)) {
            Files.writeString(DOC_FILE, expected, StandardCharsets.UTF_8);
            doc = expected;
        }
        assertThat(doc).as("the generated sections of %s are out of date: run mvn test -Dtest=RemoteComponentDocTest "
                + "-D%s=true", DOC_FILE, RemoteOperationCatalogTest.REGENERATE).isEqualTo(expected);
    }

    @Test
    void everyOptionAndHeaderIsDocumented() throws IOException {
        String doc = Files.readString(DOC_FILE, StandardCharsets.UTF_8);
        assertThat(doc).contains("*token* (secret)", "*signingKey* (secret)", "*param.<name>*", "`CamelRemoteParameters`",
                "`listEmployments`", "`createWebhookCallback`");
    }
}
