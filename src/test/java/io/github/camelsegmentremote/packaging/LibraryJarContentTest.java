package io.github.camelsegmentremote.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library jar ({@code target/camel-segment-remote-VERSION.jar}, no classifier) holds the library only: no
 * sandbox, app, Spring Boot application or test class, not the app's properties file, and no library class that
 * refers to the sandbox or the app. It does hold what Camel's and Spring Boot's tooling read. Runs in the package
 * phase, after the jar is built (surefire execution library-jar-content), so {@code mvn verify} checks it.
 */
class LibraryJarContentTest {

    private static final Set<String> REQUIRED = Set.of(
            "META-INF/services/org/apache/camel/component.properties",
            "META-INF/services/org/apache/camel/component/segment",
            "META-INF/services/org/apache/camel/component/remote",
            "META-INF/io/github/camelsegmentremote/segment/segment.json",
            "META-INF/io/github/camelsegmentremote/remote/remote.json",
            "META-INF/services/org/apache/camel/TypeConverterLoader",
            "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports",
            "META-INF/spring-configuration-metadata.json");

    @Test
    void holdsTheLibraryOnly() throws IOException {
        String property = System.getProperty("library.jar");
        assertThat(property).as("system property library.jar (set by the surefire execution library-jar-content "
                + "in the package phase: run mvn package or mvn verify)").isNotBlank();
        Path jar = Path.of(property);
        assertThat(jar).as("the library jar; build it with mvn package").isRegularFile();
        List<String> problems = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : java.util.Collections.list(file.entries())) {
                String name = entry.getName();
                names.add(name);
                problem(name).ifPresent(problems::add);
                if (name.endsWith(".class")) {
                    String constants = constantPool(file, entry);
                    for (String foreign : List.of("io/github/camelsegmentremote/sandbox/",
                            "io/github/camelsegmentremote/app/", "org/springframework/boot/autoconfigure/"
                                    + "SpringBootApplication", "org/junit/")) {
                        if (constants.contains(foreign)) {
                            problems.add(name + " refers to " + foreign);
                        }
                    }
                }
            }
        }
        assertThat(problems).as("entries of %s that are not the library", jar).isEmpty();
        assertThat(names).containsAll(REQUIRED);
        assertThat(names).anyMatch(n -> n.startsWith("io/github/camelsegmentremote/segment/"))
                .anyMatch(n -> n.startsWith("io/github/camelsegmentremote/remote/"))
                .anyMatch(n -> n.startsWith("io/github/camelsegmentremote/springboot/"));
    }

    private static java.util.Optional<String> problem(String name) {
        if (name.startsWith("io/github/camelsegmentremote/sandbox/")) {
            return java.util.Optional.of(name + ": a sandbox class (the -sandbox classifier jar has them)");
        }
        if (name.startsWith("io/github/camelsegmentremote/app/")) {
            return java.util.Optional.of(name + ": an app class (the -app classifier jar has them)");
        }
        if (name.endsWith("camel-segment-remote.properties")) {
            return java.util.Optional.of(name + ": the app's properties");
        }
        if (name.startsWith("com/example/") || name.endsWith("Test.class") || name.startsWith("bench/")
                || name.startsWith("specs/")) {
            return java.util.Optional.of(name + ": test code or data");
        }
        if (!name.contains("/") && !name.isEmpty()) {
            return java.util.Optional.of(name + ": a file at the jar's root (the library keeps its files in "
                    + "packages and META-INF)");
        }
        return java.util.Optional.empty();
    }

    /** The class file's bytes as text: class and string constants are in it as written. */
    private static String constantPool(JarFile file, JarEntry entry) throws IOException {
        try (InputStream in = file.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void jarNameHasNoClassifier() {
        String property = System.getProperty("library.jar", "");
        assertThat(Path.of(property).getFileName().toString()).matches("camel-segment-remote-[^-]+(-SNAPSHOT)?\\.jar");
        assertThat(Files.exists(Path.of(property))).isTrue();
    }
}
