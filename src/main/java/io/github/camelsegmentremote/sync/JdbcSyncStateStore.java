package io.github.camelsegmentremote.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * The shared state store: one table in a database (PostgreSQL in production; anything with standard SQL), so
 * several app instances, or a re-deployed one, see the same state. Each fact of {@link SyncState} has its column;
 * the table is created when missing: {@code <table>(employment_id varchar(255) primary key, list_hash
 * varchar(64), sent_hash varchar(64) not null, full_record smallint not null, offboarding_sent smallint not null,
 * sent_at timestamp not null)}. A page's states are written in one transaction.
 */
public final class JdbcSyncStateStore implements SyncStateStore {

    private static final String COLUMNS = "list_hash, sent_hash, full_record, offboarding_sent, sent_at";

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
    public Optional<SyncState> get(String employmentId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from " + table
                     + " where employment_id = ?")) {
            ps.setString(1, employmentId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new SyncState(rs.getString(1), rs.getString(2), rs.getInt(3) != 0,
                        rs.getInt(4) != 0, rs.getTimestamp(5).toInstant())) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    @Override
    public void putAll(Map<String, SyncState> states) {
        if (states.isEmpty()) {
            return;
        }
        // Update-then-insert works on every SQL database; a concurrent insert of the same id retries as update.
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                for (Map.Entry<String, SyncState> e : states.entrySet()) {
                    upsert(c, e.getKey(), e.getValue());
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    private void upsert(Connection c, String employmentId, SyncState state) throws SQLException {
        if (update(c, employmentId, state) > 0) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("insert into " + table + " (" + COLUMNS
                + ", employment_id) values (?, ?, ?, ?, ?, ?)")) {
            bind(ps, employmentId, state);
            ps.executeUpdate();
        } catch (SQLException duplicate) {
            if (update(c, employmentId, state) == 0) {
                throw duplicate;
            }
        }
    }

    private int update(Connection c, String employmentId, SyncState state) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update " + table + " set list_hash = ?, sent_hash = ?, "
                + "full_record = ?, offboarding_sent = ?, sent_at = ? where employment_id = ?")) {
            bind(ps, employmentId, state);
            return ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, String employmentId, SyncState state) throws SQLException {
        ps.setString(1, state.listHash());
        ps.setString(2, state.sentHash());
        ps.setInt(3, state.fullRecord() ? 1 : 0);
        ps.setInt(4, state.offboardingSent() ? 1 : 0);
        ps.setTimestamp(5, Timestamp.from(state.sentAt()));
        ps.setString(6, employmentId);
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

    private void createTableIfMissing() {
        try (Connection c = dataSource.getConnection()) {
            try (ResultSet rs = c.getMetaData().getTables(null, null, null, new String[] { "TABLE" })) {
                while (rs.next()) {
                    if (table.equalsIgnoreCase(rs.getString("TABLE_NAME"))) {
                        requireColumns(c, rs.getString("TABLE_NAME"));
                        return;
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("create table " + table + " (employment_id varchar(255) primary key, "
                        + "list_hash varchar(64), sent_hash varchar(64) not null, full_record smallint not null, "
                        + "offboarding_sent smallint not null, sent_at timestamp not null)");
            }
        } catch (SQLException e) {
            throw failure("create table", e);
        }
    }

    /** A table of the first version (one packed content_hash column) is not silently misread. */
    private void requireColumns(Connection c, String actualName) throws SQLException {
        try (ResultSet rs = c.getMetaData().getColumns(null, null, actualName, null)) {
            while (rs.next()) {
                if ("sent_hash".equals(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT))) {
                    return;
                }
            }
        }
        throw new IllegalStateException("Sync state table " + table + " has no sent_hash column: it was created by "
                + "an earlier version (one content_hash column). Set option stateTable (sync.state-table) to a new "
                + "table name, or drop the table; the first run then sends every employee once more (Segment drops "
                + "what it already has by messageId)");
    }

    private IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("Sync state store (table " + table + "): " + what + " failed: "
                + e.getMessage(), e);
    }
}
