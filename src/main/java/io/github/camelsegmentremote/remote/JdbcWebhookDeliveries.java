package io.github.camelsegmentremote.remote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Remote webhook deliveries remembered in a database table, for {@code webhookIdempotentRepository} when several
 * app instances receive Remote's deliveries: the primary key makes {@link #add} atomic across all of them (the one
 * insert that succeeds routes the delivery). Rows older than the retention (twice the timestamp tolerance: an older
 * delivery fails the timestamp check anyway) are deleted as new ones come in. The table is created when missing.
 */
public class JdbcWebhookDeliveries extends ServiceSupport implements IdempotentRepository {

    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    private static final int CLEAN_EVERY = 100;

    private final DataSource dataSource;
    private final String table;
    private final long retentionMillis;
    private int addsSinceCleanup;

    /**
     * @param dataSource      the shared database
     * @param table           table name (letters, digits, _)
     * @param retentionMillis how long a delivery is remembered
     */
    public JdbcWebhookDeliveries(DataSource dataSource, String table, long retentionMillis) {
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("Webhook delivery table name must be letters, digits and _, was "
                    + table);
        }
        this.dataSource = dataSource;
        this.table = table;
        this.retentionMillis = retentionMillis;
    }

    @Override
    protected void doStart() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + table
                    + " (delivery_key VARCHAR(128) NOT NULL PRIMARY KEY, created_at BIGINT NOT NULL)");
        }
        deleteExpired();
    }

    @Override
    public boolean add(String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO " + table
                        + " (delivery_key, created_at) VALUES (?, ?)")) {
            insert.setString(1, key);
            insert.setLong(2, System.currentTimeMillis());
            insert.executeUpdate();
        } catch (SQLException e) {
            if (isDuplicateKey(e)) {
                return false;
            }
            throw new IllegalStateException("Cannot record a webhook delivery in table " + table + ": "
                    + e.getMessage(), e);
        }
        cleanUpNowAndThen();
        return true;
    }

    @Override
    public boolean contains(String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("SELECT 1 FROM " + table + " WHERE delivery_key = ?")) {
            select.setString(1, key);
            return select.executeQuery().next();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read table " + table + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean remove(String key) {
        return update("DELETE FROM " + table + " WHERE delivery_key = ?", key) > 0;
    }

    @Override
    public boolean confirm(String key) {
        return true;
    }

    @Override
    public void clear() {
        update("DELETE FROM " + table, null);
    }

    private synchronized void cleanUpNowAndThen() {
        if (++addsSinceCleanup >= CLEAN_EVERY) {
            addsSinceCleanup = 0;
            deleteExpired();
        }
    }

    private void deleteExpired() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE created_at < ?")) {
            delete.setLong(1, System.currentTimeMillis() - retentionMillis);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot clean table " + table + ": " + e.getMessage(), e);
        }
    }

    private int update(String sql, String key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            if (key != null) {
                statement.setString(1, key);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot update table " + table + ": " + e.getMessage(), e);
        }
    }

    private static boolean isDuplicateKey(SQLException e) {
        // SQLState class 23: integrity constraint violation (the primary key), in every database.
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (x.getSQLState() != null && x.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return e instanceof java.sql.SQLIntegrityConstraintViolationException;
    }
}
