package io.github.camelsegmentremote.sync;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SyncStateStoreTest {

    @TempDir
    Path dir;

    @Test
    void fileStoreSurvivesReopenAndIgnoresATornLastLine() throws Exception {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        try (FileSyncStateStore store = new FileSyncStateStore(dir)) {
            store.markSent("e-1", "h1", t);
            store.markSent("e-2", "h2", t);
            store.markSent("e-1", "h1b", t.plusSeconds(5));
        }
        // A crash in the middle of a write leaves a partial line behind.
        Files.writeString(dir.resolve("sync-state.log"), "e-3\th3", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        try (FileSyncStateStore store = new FileSyncStateStore(dir)) {
            assertThat(store.size()).isEqualTo(2);
            assertThat(store.get("e-1")).hasValueSatisfying(s -> {
                assertThat(s.contentHash()).isEqualTo("h1b");
                assertThat(s.sentAt()).isEqualTo(t.plusSeconds(5));
            });
            assertThat(store.get("e-3")).isEmpty();
            assertThat(Files.readAllLines(store.file())).hasSize(2);
            store.clear();
            assertThat(store.get("e-2")).isEmpty();
        }
        try (FileSyncStateStore store = new FileSyncStateStore(dir)) {
            assertThat(store.size()).isZero();
        }
    }

    @Test
    void secondFileStoreOnTheSameDirectoryIsRefused() {
        try (FileSyncStateStore first = new FileSyncStateStore(dir)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FileSyncStateStore(dir))
                    .hasMessageContaining("in use by another sync").hasMessageContaining("dataDirectory");
        }
        try (FileSyncStateStore again = new FileSyncStateStore(dir)) {
            assertThat(again.size()).isZero();
        }
    }

    @Test
    void jdbcStoreUpsertsAndSharesState() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:sync;DB_CLOSE_DELAY=-1");
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        try (JdbcSyncStateStore store = new JdbcSyncStateStore(ds, "sync_state")) {
            store.markSent("e-1", "h1", t);
            store.markSent("e-1", "h2", t.plusSeconds(1));
            assertThat(store.size()).isEqualTo(1);
        }
        try (JdbcSyncStateStore other = new JdbcSyncStateStore(ds, "sync_state")) {
            assertThat(other.get("e-1")).hasValueSatisfying(s -> assertThat(s.contentHash()).isEqualTo("h2"));
            other.clear();
            assertThat(other.get("e-1")).isEmpty();
        }
    }
}
