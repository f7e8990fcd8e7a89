package io.github.camelsegmentremote.docs;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.github.camelsegmentremote.app.CopySourcesCommand;
import io.github.camelsegmentremote.docs.DocBlocks.Block;
import io.github.camelsegmentremote.remote.RemoteComponent;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.segment.SegmentComponent;
import io.github.camelsegmentremote.segment.SegmentConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every code block of README.md and src/main/docs/*.adoc, taken from the file as written, is checked by what it is:
 * a Java example is compiled (a route snippet inside a RouteBuilder) and its routes built in a CamelContext, which
 * creates and validates every endpoint with its options; a YAML route is loaded and built the same way; the Maven
 * dependency names this project; the copy plan is the one the sandbox gives; a shell command names classes, tests,
 * profiles and files that exist. A block of any other kind fails the test, so a new example needs a check. (The
 * routes are built, not started: their hosts are Segment's and Remote's. The examples that run against the sandbox
 * are in ReadmeFirstExampleTest, SegmentDocsExamplesTest and KameletsTest.)
 */
class DocsExamplesTest {

    /** Without ra_live_ or ra_test_: valid in either environment the examples name (with a warning). */
    private static final String EXAMPLE_REMOTE_TOKEN = "doc-example-remote-token";
    /** The properties the examples refer to, with the sandbox's fake values. */
    private static final Map<String, String> PROPERTIES = Map.of("segment.token", SandboxTokens.SEGMENT_US_TOKEN,
            "segment.us.token", SandboxTokens.SEGMENT_US_TOKEN, "segment.eu.token", SandboxTokens.SEGMENT_EU_TOKEN,
            "segment.writeKey", SandboxTokens.SEGMENT_WRITE_KEY, "remote.token", EXAMPLE_REMOTE_TOKEN,
            "remote.webhook-signing-key", SandboxTokens.REMOTE_SIGNING_KEY, "remote.clientId", "doc-client",
            "remote.clientSecret", "doc-secret", "remote.refreshToken", "doc-refresh", "source",
            "qQEHquLrjRDN9j1ByrChyn");
    private static final Pattern POM_VERSION = Pattern.compile("</artifactId>\\s*<version>([^<]+)</version>");

    @TempDir
    Path workDir;

    @TestFactory
    Stream<DynamicTest> everyCodeBlockIsCheckedAsWritten() throws Exception {
        List<Block> blocks = DocBlocks.all();
        assertThat(blocks).hasSizeGreaterThan(25);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            String name = "Example" + i;
            tests.add(DynamicTest.dynamicTest(block.toString(), () -> check(block, name)));
        }
        return tests.stream();
    }

    private void check(Block block, String name) throws Exception {
        switch (block.lang()) {
            case "java" -> checkJava(block, name);
            case "yaml" -> buildRoutes(block, context -> PluginHelper.getRoutesLoader(context).loadRoutes(
                    ResourceHelper.fromString(name + ".yaml", asRoute(block.code(), name))));
            case "xml" -> checkDependency(block);
            case "bash" -> checkCommands(block);
            case "" -> checkPlan(block);
            case "properties", "markdown" -> checkRunByItsOwnTest(block);
            default -> throw new AssertionError(block + ": no check for this kind of block; add one here");
        }
    }

    private void checkJava(Block block, String name) throws Exception {
        Class<?> compiled = JavaSnippets.compile(block.code(), name, workDir);
        if (JavaSnippets.isRoute(block.code())) {
            buildRoutes(block, context -> context.addRoutes((RouteBuilder) compiled.getDeclaredConstructor().newInstance()));
        } else {
            assertThat(compiled.getMethod("run", CamelContext.class)).isNotNull();
        }
    }

    /** A YAML fragment that is a step (- to:) becomes the step of a route. */
    private static String asRoute(String yaml, String name) {
        if (yaml.startsWith("- from:") || yaml.startsWith("- route:")) {
            return yaml;
        }
        return "- from:\n    uri: direct:" + name + "\n    steps:\n" + yaml.indent(6);
    }

    private interface Routes {
        void addTo(CamelContext context) throws Exception;
    }

    /** Builds the routes (every endpoint created and validated) without starting them. */
    private static void buildRoutes(Block block, Routes routes) throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            Properties p = new Properties();
            p.putAll(PROPERTIES);
            context.getPropertiesComponent().setInitialProperties(p);
            context.setAutoStartup(false);
            // What a user sets once with camel.component.remote.token / camel.component.segment.*, for the
            // examples that rely on it.
            if (!block.code().contains("clientId")) { // the OAuth2 example: a token would be a second credential
                context.getComponent("remote", RemoteComponent.class).getConfiguration()
                        .setToken(EXAMPLE_REMOTE_TOKEN);
            }
            SegmentConfiguration segment = context.getComponent("segment", SegmentComponent.class).getConfiguration();
            segment.setToken(SandboxTokens.SEGMENT_US_TOKEN);
            segment.setWriteKey(SandboxTokens.SEGMENT_WRITE_KEY);
            routes.addTo(context);
            context.start();
            assertThat(context.getRoutes()).isNotEmpty();
            assertThat(context.getEndpoints()).isNotEmpty();
        }
    }

    private static void checkDependency(Block block) throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher version = POM_VERSION.matcher(pom);
        assertThat(version.find()).isTrue();
        assertThat(block.code()).contains("<groupId>io.github.camelsegmentremote</groupId>",
                "<artifactId>camel-segment-remote</artifactId>");
        assertThat(block.code()).containsAnyOf("<version>" + version.group(1) + "</version>", "<version>x.x.x</version>");
    }

    /** The plan text is what the copy command prints for the sandbox's US workspace against its EU one. */
    private static void checkPlan(Block block) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new CopySourcesCommand(Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(new String[] {"--sandbox", "--plan", "--target-region", "eu"});
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(block.code());
    }

    private static void checkCommands(Block block) throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher version = POM_VERSION.matcher(pom);
        assertThat(version.find()).isTrue();
        String commands = block.code().replace("\\\n", " ");
        Matcher mainClass = Pattern.compile("-Dexec\\.mainClass=([\\w.]+)").matcher(commands);
        while (mainClass.find()) {
            assertThat(Class.forName(mainClass.group(1)).getMethod("main", String[].class)).isNotNull();
        }
        Matcher tests = Pattern.compile("-Dtest='?([\\w.*,]+)'?").matcher(commands);
        while (tests.find()) {
            for (String pattern : tests.group(1).split(",")) {
                String regex = pattern.replace(".", "[./]").replace("*", "[^/]*");
                try (Stream<Path> classes = Files.walk(Path.of("target/test-classes"))) {
                    assertThat(classes.map(Path::toString).anyMatch(f -> f.matches(".*" + regex + "\\.class")))
                            .as("%s: -Dtest=%s names a test", block, pattern).isTrue();
                }
            }
        }
        Matcher profile = Pattern.compile("\\s-P(\\w+)").matcher(commands);
        while (profile.find()) {
            assertThat(pom).contains("<id>" + profile.group(1) + "</id>");
        }
        Matcher jar = Pattern.compile("target/(camel-segment-remote-[\\w.-]+\\.jar)").matcher(commands);
        while (jar.find()) {
            assertThat(jar.group(1)).isIn("camel-segment-remote-" + version.group(1) + "-app.jar",
                    "camel-segment-remote-" + version.group(1) + "-sandbox.jar");
        }
        for (String line : commands.split("\n")) {
            String command = line.strip();
            if (!command.isEmpty() && !command.startsWith("#")) {
                assertThat(command).as(block + ": a command this test knows").matches(
                        "(mvn|export|curl|java) .*");
            }
        }
    }

    /**
     * Blocks that another test runs as written: the README's component-level properties (UserSpringBootAppTest
     * reads the first properties block under "Component-level configuration") and the Job 2 Markdown plan and
     * report (CopyReadmeExampleTest reads the block after its marker). Here: that the block is where they read it.
     */
    private static void checkRunByItsOwnTest(Block block) throws Exception {
        List<String> lines = java.nio.file.Files.readAllLines(block.file());
        int fence = block.line() - 1;
        if (block.lang().equals("markdown")) {
            String before = String.join("\n", lines.subList(Math.max(0, fence - 3), fence));
            assertThat(before).as(block + " is read by CopyReadmeExampleTest")
                    .containsAnyOf("<!-- copy-plan-markdown-example -->", "<!-- copy-report-markdown-example -->");
            return;
        }
        String heading = "";
        for (int i = fence; i >= 0; i--) {
            if (lines.get(i).startsWith("#")) {
                heading = lines.get(i);
                break;
            }
        }
        assertThat(heading).as(block + " is read by UserSpringBootAppTest").contains("Component-level configuration");
    }
}
