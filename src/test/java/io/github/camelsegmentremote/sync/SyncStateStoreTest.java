package io.github.camelsegmentremote.sync;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Random;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyncStateStoreTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private static SyncState state(String list, String sent, boolean full, boolean offboarding, Instant at) {
        return new SyncState(list, sent, full, offboarding, at);
    }

    @Test
    void fileStoreKeepsEachFieldSurvivesReopenAndReportsATornLastLine() throws Exception {
        try (FileSyncStateStore store = new FileSyncStateStore(dir)) {
            store.putAll(Map.of("e-1", state("a1", "b1", false, false, T), "e-2", state(null, "b2", true, true, T)));
            store.putAll(Map.of("e-1", state("a1", "c1", true, false, T.plusSeconds(5))));
        }
        // A crash in the middle of a write leaves a partial line behind.
        Files.writeString(dir.resolve("sync-state.log"), "e-3\tab", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        try (SyncLogCapture logs = new SyncLogCapture(FileSyncStateStore.class);
             FileSyncStateStore store = new FileSyncStateStore(dir)) {
            assertThat(store.size()).isEqualTo(2);
            assertThat(store.get("e-1")).contains(state("a1", "c1", true, false, T.plusSeconds(5)));
            assertThat(store.get("e-2")).contains(state(null, "b2", true, true, T));
            assertThat(store.get("e-3")).isEmpty();
            assertThat(logs.warnings()).singleElement().asString().contains(store.file().toString(),
                    "read 2 employment state(s) from 5 line(s)", "ignored the last line");
            assertThat(Files.readAllLines(store.file())).as("header and one line each").hasSize(3);
            store.clear();
            assertThat(store.get("e-2")).isEmpty();
        }
        try (FileSyncStateStore store = new FileSyncStateStore(dir)) {
            assertThat(store.size()).isZero();
        }
    }

    @Test
    void fileStoreReadsTheFirstVersionsPackedLines() throws Exception {
        Files.writeString(dir.resolve("sync-state.log"), "e-1\taa:bb:o\t1767225600000\ne-2\tcc\t1767225600000\n");
        try (FileSyncStateStore store = new FileSyncStateStore(dir)) {
            assertThat(store.get("e-1")).contains(state("aa", "bb", false, true, T));
            assertThat(store.get("e-2")).contains(state("cc", "cc", false, false, T));
        }
    }

    @Test
    void randomBytesStopTheStoreWithThePathAndTheRecoveryStep() throws Exception {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path file = dir.resolve("sync-state.log");
        Files.write(file, noise);
        assertThatThrownBy(() -> new FileSyncStateStore(dir)).hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining("is unreadable").hasMessageContaining("restore the file from a backup")
                .hasMessageContaining("move the file away");
        assertThat(Files.readAllBytes(file)).as("left as it was").isEqualTo(noise);
        // The lock was released: after recovery the store opens.
        Files.delete(file);
        try (FileSyncStateStore store = new FileSyncStateStore(dir)) {
            assertThat(store.size()).isZero();
        }
    }

    @Test
    void aBadLineInTheMiddleIsNotTakenForATornWrite() throws Exception {
        Files.writeString(dir.resolve("sync-state.log"), SyncStateFileFormat.HEADER
                + "e-1\taa\tbb\t-\t1767225600000\ngarbage\ne-2\taa\tbb\t-\t1767225600000\n");
        assertThatThrownBy(() -> new FileSyncStateStore(dir)).hasMessageContaining("line 3 is not a sync state");
    }

    @Test
    void anEmptyFileIsReportedAtWarn() throws Exception {
        Files.write(dir.resolve("sync-state.log"), new byte[0]);
        try (SyncLogCapture logs = new SyncLogCapture(FileSyncStateStore.class);
             FileSyncStateStore store = new FileSyncStateStore(dir)) {
            assertThat(store.size()).isZero();
            assertThat(logs.warnings()).singleElement().asString().contains("is empty (0 bytes, 0 employment states)",
                    "every employee is sent again", "restore the file from a backup");
        }
    }

    @Test
    void secondFileStoreOnTheSameDirectoryIsRefused() {
        try (FileSyncStateStore first = new FileSyncStateStore(dir)) {
            assertThatThrownBy(() -> new FileSyncStateStore(dir))
                    .hasMessageContaining("in use by another sync").hasMessageContaining("dataDirectory");
        }
        try (FileSyncStateStore again = new FileSyncStateStore(dir)) {
            assertThat(again.size()).isZero();
        }
    }

    @Test
    void jdbcStoreKeepsEachFieldInItsColumnAndSharesState() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:sync;DB_CLOSE_DELAY=-1");
        try (JdbcSyncStateStore store = new JdbcSyncStateStore(ds, "sync_state")) {
            store.putAll(Map.of("e-1", state("a", "b", false, false, T), "e-2", state(null, "c", true, true, T)));
            store.putAll(Map.of("e-1", state("a", "d", true, true, T.plusSeconds(1))));
            assertThat(store.size()).isEqualTo(2);
        }
        try (JdbcSyncStateStore other = new JdbcSyncStateStore(ds, "sync_state")) {
            assertThat(other.get("e-1")).contains(state("a", "d", true, true, T.plusSeconds(1)));
            assertThat(other.get("e-2")).contains(state(null, "c", true, true, T));
            other.clear();
            assertThat(other.get("e-1")).isEmpty();
        }
    }

    @Test
    void jdbcStoreRefusesATableOfTheFirstVersion() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:sync-old;DB_CLOSE_DELAY=-1");
        try (var c = ds.getConnection(); var s = c.createStatement()) {
            s.executeUpdate("create table old_state (employment_id varchar(255) primary key, content_hash "
                    + "varchar(255), sent_at timestamp)");
        }
        assertThatThrownBy(() -> new JdbcSyncStateStore(ds, "old_state")).hasMessageContaining("no sent_hash column")
                .hasMessageContaining("sync.state-table");
    }
}
