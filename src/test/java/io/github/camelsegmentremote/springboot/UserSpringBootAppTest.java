package io.github.camelsegmentremote.springboot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.example.userapp.UserApplication;
import io.github.camelsegmentremote.sandbox.Sandbox;
import io.github.camelsegmentremote.sandbox.SandboxExtension;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.sandbox.SegmentEventLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A user's Spring Boot application, in a JVM of its own whose class path is only the library's classes, Spring
 * Boot, camel-spring-boot-starter and camel-yaml-dsl-starter (target/user-app.classpath, resolved by Maven): no app
 * or sandbox class, no camel-segment-remote.properties. Its application.properties is the README's (both components
 * set with {@code camel.component.*}, credentials from the environment) and its route, the README's, names no
 * option; the sandbox receives an identify for every employee.
 */
class UserSpringBootAppTest {

    private static final int EMPLOYEES = 25;

    @RegisterExtension
    static final SandboxExtension SANDBOX = SandboxExtension.with(b -> b.employees(EMPLOYEES));

    @TempDir
    Path app;

    @Test
    void componentLevelPropertiesConfigureBothComponents() throws Exception {
        Sandbox sandbox = SANDBOX.sandbox();
        Path classes = Files.createDirectories(app.resolve("classes"));
        copyClass(UserApplication.class, classes);
        // The README's two blocks as written; only the hosts (the sandbox's) and where the route file lies are added.
        Files.writeString(classes.resolve("application.properties"), readmeBlock("properties") + String.join("\n",
                "camel.component.remote.base-url=" + sandbox.remote().baseUrl(),
                "camel.component.segment.baseUrl=" + sandbox.trackingUs().baseUrl(),
                "camel.main.routes-include-pattern=file:" + app.resolve("routes") + "/*.yaml",
                "camel.main.run-controller=true", ""), StandardCharsets.UTF_8);
        Files.createDirectories(app.resolve("routes"));
        Files.writeString(app.resolve("routes/employees.yaml"), readmeBlock("yaml"), StandardCharsets.UTF_8);

        List<String> classPath = new ArrayList<>(List.of(classes.toString(), Path.of("target/classes")
                .toAbsolutePath().toString()));
        classPath.addAll(List.of(Files.readString(Path.of("target/user-app.classpath")).trim()
                .split(java.io.File.pathSeparator)));
        assertThat(classPath).noneMatch(e -> e.contains("sandbox-app-classes") || e.contains("test-classes")
                || e.contains("hawtio") || e.contains("tomcat"));
        assertThat(Path.of("target/classes/camel-segment-remote.properties")).doesNotExist();

        Path output = app.resolve("output.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp",
                String.join(java.io.File.pathSeparator, classPath), UserApplication.class.getName())
                .directory(app.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("REMOTE_API_TOKEN", SandboxTokens.REMOTE_TOKEN);
        builder.environment().put("SEGMENT_WRITE_KEY", SandboxTokens.SEGMENT_WRITE_KEY);
        Process process = builder.start();
        try {
            SegmentEventLog events = sandbox.segmentWorld().us().events();
            List<String> ids = sandbox.remoteSimulator().employmentIds().toList();
            try {
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                        .failFast("the user's app exited", () -> !process.isAlive())
                        .until(() -> events.distinctUserIds() >= ids.size());
            } catch (RuntimeException e) {
                throw new AssertionError(e.getMessage() + "; the app's output:\n"
                        + Files.readString(output, StandardCharsets.UTF_8), e);
            }
            assertThat(events.userIds()).containsExactlyInAnyOrderElementsOf(ids);
        } finally {
            process.destroy();
            process.waitFor();
        }
        String log = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(log).contains("Started UserApplication")
                .doesNotContain(SandboxTokens.REMOTE_TOKEN).doesNotContain(SandboxTokens.SEGMENT_WRITE_KEY);
    }

    /** The first block of the given language in README.md's section on component-level configuration. */
    static String readmeBlock(String language) throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?s)### Component-level configuration.*?```" + language + "\\n(.*?)```")
                .matcher(readme);
        assertThat(m.find()).as("README.md has a %s block under 'Component-level configuration'", language).isTrue();
        return m.group(1);
    }

    private static void copyClass(Class<?> type, Path classes) throws IOException {
        String file = type.getName().replace('.', '/') + ".class";
        Path target = classes.resolve(file);
        Files.createDirectories(target.getParent());
        try (var in = type.getClassLoader().getResourceAsStream(file)) {
            Files.copy(in, target);
        }
    }
}
