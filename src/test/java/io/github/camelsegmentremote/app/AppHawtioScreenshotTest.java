package io.github.camelsegmentremote.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.github.camelsegmentremote.sync.management.SyncManagement;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a person sees in Hawtio once the app synced the sandbox, in headless Chromium clicking as a person would
 * (Hawtio keeps its tree selection in the page, not in the URL): the sync route's diagram with its named steps and
 * their counts, and the sync's management view (JMX: Camel Contexts, the context, MBeans, services,
 * employmentSync) with readable attributes and no error. Screenshots in {@code target/hawtio/}.
 */
@SpringBootTest(classes = CamelSegmentRemoteApplication.class, useMainMethod = SpringBootTest.UseMainMethod.ALWAYS,
                webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@DirtiesContext
class AppHawtioScreenshotTest {

    private static final int PORT = FreePort.find();
    private static final String ADMIN_PASSWORD = "hawtio-screenshot-test-admin-password";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** Clicks the tree node labelled {@code text}, expanding it first. */
    private static final String CLICK_NODE = "((text) => {"
            + " const node = [...document.querySelectorAll('[class*=c-tree-view__node-text]')]"
            + "   .find(b => b.textContent.trim() === text);"
            + " if (!node) return false;"
            + " const item = node.closest('li');"
            + " const toggle = item.querySelector('[class*=c-tree-view__node-toggle]');"
            + " if (toggle && item.getAttribute('aria-expanded') !== 'true') toggle.click();"
            + " node.click(); return true; })";
    /** Clicks the tab labelled {@code text}. */
    private static final String CLICK_TAB = "((text) => {"
            + " const tab = [...document.querySelectorAll('a, button')].find(b => b.textContent.trim() === text);"
            + " if (!tab) return false; tab.click(); return true; })";
    /** What Hawtio shows when something failed: a danger alert, or an attribute that cannot be read. */
    private static final String NO_ERROR = "document.querySelectorAll('[class*=c-alert][class*=pf-m-danger]')"
            + ".length === 0 && !document.body.innerText.includes('Target method not found')";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        SandboxAppProperties.register(registry, PORT, 2000, ADMIN_PASSWORD);
    }

    @AfterAll
    static void stopSandbox() {
        SandboxHolder.stop();
    }

    @Autowired
    CamelContext camelContext;

    @Test
    void routeDiagramAndSyncManagementViewWithoutError() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            // CI installs Chromium (.ci/run); elsewhere the browser check is optional.
            Assumptions.assumeTrue(System.getenv("CI") == null, "Chromium is required in CI");
            return;
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            SyncManagement sync = camelContext.getRegistry().lookupByNameAndType("employmentSync",
                    SyncManagement.class);
            return sync != null && sync.history().counts().succeeded() >= 1;
        });
        String hawtio = "http://127.0.0.1:" + PORT + "/actuator/hawtio/";
        try (ChromiumPage page = ChromiumPage.open(CHROMIUM, 1400, 1500)) {
            page.navigate(hawtio + "camel");
            logInIfAsked(page);
            awaitPage(page, "[...document.querySelectorAll('[class*=c-tree-view__node-text]')]"
                    + ".some(b => b.textContent.trim() === 'camel-segment-remote')");
            for (String node : new String[] {"camel-segment-remote", "routes", "sync-remote-employees-to-segment"}) {
                assertThat(page.eval(CLICK_NODE + "('" + node + "')").asBoolean()).as("tree node %s", node).isTrue();
                Thread.sleep(1000);
            }
            assertThat(page.eval(CLICK_TAB + "('Route Diagram')").asBoolean()).isTrue();
            awaitPage(page, "document.body.innerText.includes('(ID: record-full-records-sent)')");
            Thread.sleep(2000);
            String diagram = page.text();
            assertThat(diagram).contains("(ID: read-employment-pages)", "(ID: detect-page-changes)",
                    "(ID: send-page-to-segment)", "(ID: record-page-sent)", "(ID: read-full-record)");
            assertThat(page.eval(NO_ERROR).asBoolean()).as("no error on the route diagram").isTrue();
            page.screenshot(Path.of("target", "hawtio", "hawtio-sync-route-diagram.png"));

            page.navigate(hawtio + "jmx");
            awaitPage(page, "[...document.querySelectorAll('[class*=c-tree-view__node-text]')]"
                    + ".some(b => b.textContent.trim() === 'org.apache.camel')");
            for (String node : new String[] {"org.apache.camel", "Camel Contexts", "camel-segment-remote", "MBeans",
                    "services", "employmentSync"}) {
                assertThat(page.eval(CLICK_NODE + "('" + node + "')").asBoolean()).as("tree node %s", node).isTrue();
                Thread.sleep(1000);
            }
            awaitPage(page, "document.body.innerText.includes('type=services,name=employmentSync')"
                    + " && /KnownEmployments\\s+300/.test(document.body.innerText)");
            String view = page.text();
            assertThat(view).containsPattern("Health\\s+UP").containsPattern("RunsSucceeded\\s+[1-9]")
                    .containsPattern("LastRun\\s+SUCCEEDED").doesNotContain("ExchangesTotal");
            assertThat(page.eval(NO_ERROR).asBoolean()).as("no error on the management view").isTrue();
            page.screenshot(Path.of("target", "hawtio", "hawtio-sync-management-view.png"));
        }
        assertThat(Path.of("target", "hawtio", "hawtio-sync-route-diagram.png")).isNotEmptyFile();
        assertThat(Path.of("target", "hawtio", "hawtio-sync-management-view.png")).isNotEmptyFile();
    }

    /** Hawtio asks for the admin login where the app is configured to (PatternFly's login form). */
    private static void logInIfAsked(ChromiumPage page) throws Exception {
        awaitPage(page, "document.querySelector('#pf-login-username-id')"
                + " || document.querySelector('[class*=c-tree-view]')");
        if (page.eval("!!document.querySelector('#pf-login-username-id')").asBoolean()) {
            page.type("#pf-login-username-id", "admin");
            page.type("#pf-login-password-id", ADMIN_PASSWORD);
            page.click("button[type=submit]");
        }
    }

    private static void awaitPage(ChromiumPage page, String condition) throws Exception {
        assertThat(page.waitFor(condition, Duration.ofSeconds(60))).as("in 60 s: %s", condition).isTrue();
    }
}
