package io.github.camelsegmentremote.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * The shared state store: one table in a database (PostgreSQL in production; anything with standard SQL), so
 * several app instances, or a re-deployed one, see the same state. The table is created when missing:
 * {@code <table>(employment_id varchar(255) primary key, content_hash varchar(255), sent_at timestamp)}.
 */
public final class JdbcSyncStateStore implements SyncStateStore {

    private final DataSource dataSource;
    private final String table;

    public JdbcSyncStateStore(DataSource dataSource, String table) {
        if (!table.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("Option stateTable must be a plain SQL identifier, was: " + table);
        }
        this.dataSource = dataSource;
        this.table = table;
        createTableIfMissing();
    }

    @Override
    public Optional<SyncedState> get(String employmentId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select content_hash, sent_at from " + table
                     + " where employment_id = ?")) {
            ps.setString(1, employmentId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new SyncedState(rs.getString(1), rs.getTimestamp(2).toInstant()))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    @Override
    public void markSent(String employmentId, String contentHash, Instant sentAt) {
        // Update-then-insert works on every SQL database; a concurrent insert of the same id retries as update.
        try (Connection c = dataSource.getConnection()) {
            if (update(c, employmentId, contentHash, sentAt) == 0) {
                try (PreparedStatement ps = c.prepareStatement("insert into " + table
                        + " (employment_id, content_hash, sent_at) values (?, ?, ?)")) {
                    ps.setString(1, employmentId);
                    ps.setString(2, contentHash);
                    ps.setTimestamp(3, Timestamp.from(sentAt));
                    ps.executeUpdate();
                } catch (SQLException duplicate) {
                    if (update(c, employmentId, contentHash, sentAt) == 0) {
                        throw duplicate;
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    @Override
    public long size() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw failure("count", e);
        }
    }

    @Override
    public void clear() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from " + table);
        } catch (SQLException e) {
            throw failure("clear", e);
        }
    }

    @Override
    public void close() {
        // The DataSource belongs to the application.
    }

    private int update(Connection c, String employmentId, String contentHash, Instant sentAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update " + table
                + " set content_hash = ?, sent_at = ? where employment_id = ?")) {
            ps.setString(1, contentHash);
            ps.setTimestamp(2, Timestamp.from(sentAt));
            ps.setString(3, employmentId);
            return ps.executeUpdate();
        }
    }

    private void createTableIfMissing() {
        try (Connection c = dataSource.getConnection()) {
            try (ResultSet rs = c.getMetaData().getTables(null, null, null, new String[] { "TABLE" })) {
                while (rs.next()) {
                    if (table.equalsIgnoreCase(rs.getString("TABLE_NAME"))) {
                        return;
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("create table " + table + " (employment_id varchar(255) primary key, "
                        + "content_hash varchar(255) not null, sent_at timestamp not null)");
            }
        } catch (SQLException e) {
            throw failure("create table", e);
        }
    }

    private IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("Sync state store (table " + table + "): " + what + " failed: "
                + e.getMessage(), e);
    }
}
