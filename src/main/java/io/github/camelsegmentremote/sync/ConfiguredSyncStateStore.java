package io.github.camelsegmentremote.sync;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The state store a route file configures: {@code type=file} (the default: a {@link FileSyncStateStore} in
 * {@code dataDirectory}) or {@code type=jdbc} (a {@link JdbcSyncStateStore} on the registry's single
 * {@link DataSource}). A Camel service: declared in a route file's {@code beans} with {@code initMethod: start} and
 * {@code destroyMethod: stop}, it opens the store when the route file is loaded, so an unreadable state stops
 * start-up before any route runs, and closes it (releasing the directory lock) when the context stops.
 */
public class ConfiguredSyncStateStore extends ServiceSupport implements SyncStateStore, CamelContextAware {

    private CamelContext camelContext;
    private String type = "file";
    private String dataDirectory = "data";
    private String table = "camel_segment_remote_sync_state";
    private volatile SyncStateStore store;

    @Override
    protected void doStart() {
        store = switch (type == null ? "file" : type.trim()) {
            case "file" -> new FileSyncStateStore(Path.of(dataDirectory));
            case "jdbc" -> new JdbcSyncStateStore(dataSource(), table);
            default -> throw new IllegalArgumentException("Option type (sync.state-store) must be file or jdbc, was '"
                    + type + "'");
        };
    }

    private DataSource dataSource() {
        DataSource dataSource = camelContext == null ? null
                : camelContext.getRegistry().findSingleByType(DataSource.class);
        if (dataSource == null) {
            throw new IllegalStateException("Option type=jdbc (sync.state-store): no single javax.sql.DataSource in "
                    + "the registry. Configure one (Spring Boot: spring.datasource.url plus the JDBC starter and "
                    + "driver), or use type=file");
        }
        return dataSource;
    }

    @Override
    protected void doStop() {
        SyncStateStore open = store;
        store = null;
        if (open != null) {
            open.close();
        }
    }

    private SyncStateStore store() {
        SyncStateStore open = store;
        if (open == null) {
            throw new IllegalStateException("The sync state store is not started (declare the bean with "
                    + "initMethod: start, or start it)");
        }
        return open;
    }

    @Override
    public Optional<SyncState> get(String employmentId) {
        return store().get(employmentId);
    }

    @Override
    public void putAll(Map<String, SyncState> states) {
        store().putAll(states);
    }

    @Override
    public long size() {
        SyncStateStore open = store;
        return open == null ? 0 : open.size();
    }

    @Override
    public void clear() {
        store().clear();
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    public String getType() {
        return type;
    }

    /** {@code file} (default) or {@code jdbc}. */
    public void setType(String type) {
        this.type = type;
    }

    public String getDataDirectory() {
        return dataDirectory;
    }

    /** Where the file store keeps {@value FileSyncStateStore#FILE_NAME} and its lock. */
    public void setDataDirectory(String dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    public String getTable() {
        return table;
    }

    /** The JDBC store's table. */
    public void setTable(String table) {
        this.table = table;
    }
}
