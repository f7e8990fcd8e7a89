package io.github.camelsegmentremote.sync;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import io.github.camelsegmentremote.remote.RemoteConstants;
import io.github.camelsegmentremote.segment.SegmentConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps of the Remote-to-Segment sync, called by the routes as a bean (so the same steps serve the polling
 * route and the webhook route, in any DSL):
 * <ol>
 * <li>{@link #map(Exchange)}: the employment (list item) in the body becomes an identify; headers carry its
 * employment id, hashes and messageId key, and {@link #FULL_RECORD_NEEDED} says whether to read the full
 * record;</li>
 * <li>{@link #mapFullRecord(Exchange)}: after {@code remote:getEmployment}, the identify is mapped again from the
 * full record;</li>
 * <li>{@link #needsSending(Exchange)}: false when Segment already accepted the same content, and in dry run;</li>
 * <li>after {@code segment:identify} accepted it: {@link #markSent(Exchange)}; in the route's error handler:
 * {@link #markFailed(Exchange)}, which leaves the state alone so the next run sends again.</li>
 * </ol>
 * A polling run (the consumer's batch) is counted and summarised in the log when its last employment is done; the
 * counters are JMX attributes (visible in Hawtio).
 */
@ManagedResource(description = "Remote employees to Segment identify sync")
public class EmploymentSync extends ServiceSupport implements CamelContextAware {

    /** Header: the Remote employment id of the message. */
    public static final String EMPLOYMENT_ID = "CamelSyncEmploymentId";
    /** Header: the content hash of the identify being sent. */
    public static final String CONTENT_HASH = "CamelSyncContentHash";
    /** Header: the content hash of the identify mapped from the list item. */
    public static final String LIST_HASH = "CamelSyncListHash";
    /** Header: the key the Segment messageId is derived from (the segment: component reads it). */
    public static final String MESSAGE_ID_KEY = SegmentConstants.MESSAGE_ID_KEY;
    /** Header: true when the full record is to be read before sending. */
    public static final String FULL_RECORD_NEEDED = "CamelSyncFullRecordNeeded";
    /** Header: true when the employment has left (an offboarded status). */
    public static final String OFFBOARDED = "CamelSyncOffboarded";
    /** Header: why the employment is not sent. */
    public static final String SKIP_REASON = "CamelSyncSkipReason";

    private static final Logger LOG = LoggerFactory.getLogger(EmploymentSync.class);
    private static final String RUN_PROPERTY = "CamelSyncRun";

    private CamelContext camelContext;
    private UserIdSource userIdSource = UserIdSource.employmentId;
    private FullRecordMode fullRecord = FullRecordMode.changed;
    private String traitRenames;
    private String extraTraits;
    private String customFieldPrefix = TraitMapping.DEFAULT.customFieldPrefix();
    private boolean dryRun;
    private String dataDirectory = "data";
    private String offboardedStatuses = "offboarding,archived,deleted";
    private String offboardedEvent = "Employee Offboarded";
    private String stateStoreType = "file";
    private String stateTable = "camel_segment_remote_sync_state";
    private SyncStateStore stateStore;

    private EmploymentIdentifyMapper mapper;
    private Set<String> offboarded;
    private final AtomicReference<SyncRun> currentRun = new AtomicReference<>();
    private volatile SyncRunStats lastRun;
    private final LongAdder totalSent = new LongAdder();
    private final LongAdder totalFailed = new LongAdder();
    private final LongAdder totalUnchanged = new LongAdder();
    private final LongAdder runs = new LongAdder();

    @Override
    public void setCamelContext(CamelContext camelContext) {
        if (this.camelContext == camelContext) {
            // Starting a route that uses this bean, and joining as a service, set the context again. Once the
            // context runs, a startup listener is called at once, so registering again would recurse without end
            // (a route started after the context, or stopped and started from Hawtio or JMX).
            return;
        }
        this.camelContext = camelContext;
        try {
            // Beans of a route file are created before the context runs; join it as a service while it starts,
            // so it stops with the context and its counters are registered in JMX (Hawtio).
            // The YAML loader may build a route file's beans more than once: only the instance that ended up in the
            // registry joins.
            camelContext.addStartupListener((context, alreadyStarted) -> {
                if (context.getRegistry().findByType(EmploymentSync.class).stream().anyMatch(b -> b == this)) {
                    context.addService(this, true, true);
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException("could not register the employment sync with the Camel context", e);
        }
    }

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }

    @Override
    protected void doStart() {
        mapper = new EmploymentIdentifyMapper(userIdSource, TraitMapping.parse(traitRenames, extraTraits,
                customFieldPrefix));
        offboarded = Set.of(offboardedStatuses.trim().split("\\s*,\\s*"));
        if (stateStore == null) {
            stateStore = createStateStore();
        }
        LOG.info("Employment sync ready: userId from {}, full records {}, {} employment state(s) known{}",
                userIdSource, fullRecord, stateStore.size(),
                dryRun ? ", DRY RUN: nothing is sent and no state changes" : "");
    }

    @Override
    protected void doStop() {
        if (stateStore != null) {
            stateStore.close();
        }
    }

    private SyncStateStore createStateStore() {
        switch (stateStoreType == null ? "file" : stateStoreType.trim()) {
            case "file":
                return new FileSyncStateStore(Path.of(dataDirectory));
            case "jdbc":
                if (camelContext == null) {
                    throw new IllegalStateException("Option stateStoreType=jdbc needs a Camel context with a "
                            + "javax.sql.DataSource in its registry (or set stateStore directly)");
                }
                javax.sql.DataSource dataSource = camelContext.getRegistry().findSingleByType(
                        javax.sql.DataSource.class);
                if (dataSource == null) {
                    throw new IllegalStateException("Option stateStoreType=jdbc: no single javax.sql.DataSource in "
                            + "the registry. Configure one (Spring Boot: spring.datasource.url plus the JDBC "
                            + "starter and driver) or set stateStore directly");
                }
                return new JdbcSyncStateStore(dataSource, stateTable);
            default:
                throw new IllegalArgumentException("Option stateStoreType must be file or jdbc, was '"
                        + stateStoreType + "'");
        }
    }

    /**
     * Maps the employment in the body to an identify body, sets the sync headers and decides whether the full
     * record must be read first.
     */
    public void map(Exchange exchange) {
        ensureStarted();
        SyncRun run = joinRun(exchange);
        if (run != null) {
            run.stats.seen();
        }
        Message message = exchange.getMessage();
        Optional<IdentifyMessage> mapped = mapper.map(message.getBody());
        if (mapped.isEmpty()) {
            message.setHeader(SKIP_REASON, mapper.missingUserIdReason());
            message.setHeader(FULL_RECORD_NEEDED, false);
            return;
        }
        IdentifyMessage identify = mapped.get();
        Optional<SyncStateKey> stored = stored(identify.employmentId());
        boolean fullNeeded = switch (fullRecord) {
            case always -> true;
            case never -> false;
            case changed -> stored.map(s -> !s.listHash().equals(identify.contentHash())).orElse(true);
        };
        message.setHeader(LIST_HASH, identify.contentHash());
        message.setHeader(FULL_RECORD_NEEDED, fullNeeded);
        if (!fullNeeded && fullRecord == FullRecordMode.changed && stored.isPresent()) {
            // Same list item as last time: what was sent then is still right, so do not even read the record.
            setIdentify(message, identify, stored.get().sentHash());
            return;
        }
        setIdentify(message, identify, identify.contentHash());
    }

    /** Maps the full record (the body after {@code remote:getEmployment}) to the identify to send. */
    public void mapFullRecord(Exchange exchange) {
        ensureStarted();
        Message message = exchange.getMessage();
        mapper.map(message.getBody()).ifPresentOrElse(identify -> setIdentify(message, identify,
                identify.contentHash()), () -> message.setHeader(SKIP_REASON, mapper.missingUserIdReason()));
    }

    /**
     * Whether the identify must go to Segment: false when it was skipped, when Segment already accepted the same
     * content, and always in dry run (which counts what would be sent).
     */
    public boolean needsSending(Exchange exchange) {
        ensureStarted();
        SyncRun run = runOf(exchange);
        Message message = exchange.getMessage();
        String skip = message.getHeader(SKIP_REASON, String.class);
        if (skip != null) {
            LOG.debug("Skipping an employment: {}", skip);
            done(run, SyncRunStats::skipped);
            return false;
        }
        String id = message.getHeader(EMPLOYMENT_ID, String.class);
        String hash = message.getHeader(CONTENT_HASH, String.class);
        Optional<SyncStateKey> stored = stored(id);
        if (stored.isPresent() && stored.get().sentHash().equals(hash)) {
            String listHash = message.getHeader(LIST_HASH, String.class);
            if (!dryRun && listHash != null && !listHash.equals(stored.get().listHash())) {
                // The list item moved but the identify did not: remember it, so the next run skips the read.
                stateStore.markSent(id, new SyncStateKey(listHash, hash, stored.get().offboardingSent()).format(),
                        Instant.now());
            }
            totalUnchanged.increment();
            done(run, SyncRunStats::unchanged);
            return false;
        }
        if (run != null) {
            run.stats.changed();
        }
        if (dryRun) {
            LOG.info("Dry run: would send identify for employment {}", id);
            done(run, SyncRunStats::unchanged);
            return false;
        }
        return true;
    }

    /** Whether to also send the offboarding track event: once per leaver, when it was not delivered before. */
    public boolean needsOffboardedEvent(Exchange exchange) {
        return offboardingEventEnabled()
                && Boolean.TRUE.equals(exchange.getMessage().getHeader(OFFBOARDED, Boolean.class))
                && !stored(exchange.getMessage().getHeader(EMPLOYMENT_ID, String.class))
                        .map(SyncStateKey::offboardingSent).orElse(false);
    }

    private boolean offboardingEventEnabled() {
        return offboardedEvent != null && !offboardedEvent.isBlank();
    }

    /**
     * Turns the body into the offboarding track event ({@code offboardedEvent}, with the final status), keyed so a
     * re-sent event is de-duplicated by Segment.
     */
    public void toOffboardedEvent(Exchange exchange) {
        Message message = exchange.getMessage();
        @SuppressWarnings("unchecked")
        Map<String, Object> identify = message.getBody(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> traits = (Map<String, Object>) identify.getOrDefault("traits", Map.of());
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("status", traits.get("status"));
        properties.put("employmentId", message.getHeader(EMPLOYMENT_ID));
        Map<String, Object> track = new LinkedHashMap<>();
        track.put("userId", identify.get("userId"));
        track.put("event", offboardedEvent);
        track.put("properties", properties);
        message.setBody(track);
        // One offboarding per employment: the key does not depend on the traits.
        message.setHeader(MESSAGE_ID_KEY, message.getHeader(EMPLOYMENT_ID) + ":" + offboardedEvent);
    }

    /** Records that Segment accepted the identify: call it after {@code segment:identify} completed. */
    public void markSent(Exchange exchange) {
        ensureStarted();
        Message message = exchange.getMessage();
        String id = message.getHeader(EMPLOYMENT_ID, String.class);
        String hash = message.getHeader(CONTENT_HASH, String.class);
        if (id == null || hash == null) {
            throw new IllegalStateException("markSent needs the headers " + EMPLOYMENT_ID + " and " + CONTENT_HASH
                    + " that map() sets: call map() first in the route");
        }
        String listHash = message.getHeader(LIST_HASH, hash, String.class);
        boolean offboardingSent = stored(id).map(SyncStateKey::offboardingSent).orElse(false)
                || (offboardingEventEnabled() && Boolean.TRUE.equals(message.getHeader(OFFBOARDED, Boolean.class)));
        stateStore.markSent(id, new SyncStateKey(listHash, hash, offboardingSent).format(), Instant.now());
        totalSent.increment();
        done(runOf(exchange), SyncRunStats::sent);
    }

    /** Counts an employment whose identify finally failed; its state is left as it was, so it is sent again. */
    public void markFailed(Exchange exchange) {
        totalFailed.increment();
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        LOG.warn("Sync of employment {} failed, it is sent again next run: {}",
                exchange.getMessage().getHeader(EMPLOYMENT_ID), cause == null ? "unknown error" : cause.getMessage());
        done(runOf(exchange), SyncRunStats::failed);
    }

    private void setIdentify(Message message, IdentifyMessage identify, String contentHash) {
        message.setHeader(EMPLOYMENT_ID, identify.employmentId());
        message.setHeader(CONTENT_HASH, contentHash);
        message.setHeader(MESSAGE_ID_KEY, identify.employmentId() + ":" + contentHash);
        Object status = identify.traits().get("status");
        message.setHeader(OFFBOARDED, status != null && offboarded.contains(status.toString()));
        message.setBody(identify.toMap());
    }

    private Optional<SyncStateKey> stored(String employmentId) {
        return stateStore.get(employmentId).map(s -> SyncStateKey.parse(s.contentHash()));
    }

    /** The run an exchange of a polling batch belongs to; the batch's first exchange starts a new run. */
    private SyncRun joinRun(Exchange exchange) {
        Integer index = exchange.getProperty(Exchange.BATCH_INDEX, Integer.class);
        if (index == null) {
            return null;
        }
        SyncRun run;
        if (index == 0) {
            run = new SyncRun();
            SyncRun previous = currentRun.getAndSet(run);
            if (previous != null && previous.stats.finished() == null) {
                LOG.warn("A sync run started before the previous one finished: {}", previous.stats);
            }
            runs.increment();
        } else {
            run = currentRun.get();
        }
        if (run != null) {
            Number page = exchange.getMessage().getHeader(RemoteConstants.PAGE, Number.class);
            if (page != null) {
                run.stats.pages(page.longValue());
            }
            if (Boolean.TRUE.equals(exchange.getProperty(Exchange.BATCH_COMPLETE, Boolean.class))) {
                run.expected = index + 1;
            }
            exchange.setProperty(RUN_PROPERTY, run);
        }
        return run;
    }

    private static SyncRun runOf(Exchange exchange) {
        return exchange.getProperty(RUN_PROPERTY, SyncRun.class);
    }

    private void done(SyncRun run, java.util.function.Consumer<SyncRunStats> counter) {
        if (run == null) {
            return;
        }
        counter.accept(run.stats);
        long expected = run.expected;
        if (expected > 0 && run.stats.done() >= expected && run.finish()) {
            lastRun = run.stats;
            LOG.info("Sync run finished: {}{}", run.stats, dryRun ? " (dry run: nothing sent)" : "");
        }
    }

    /** Starts on first use when no Camel context started it (plain Java use). */
    private synchronized void ensureStarted() {
        if (!isStarted()) {
            start();
        }
    }

    @ManagedAttribute(description = "Sync runs started")
    public long getRuns() {
        return runs.sum();
    }

    @ManagedAttribute(description = "Identifies accepted by Segment since start")
    public long getTotalSent() {
        return totalSent.sum();
    }

    @ManagedAttribute(description = "Employments whose sync finally failed since start (sent again next run)")
    public long getTotalFailed() {
        return totalFailed.sum();
    }

    @ManagedAttribute(description = "Employments found unchanged since start")
    public long getTotalUnchanged() {
        return totalUnchanged.sum();
    }

    @ManagedAttribute(description = "Summary of the last finished run")
    public String getLastRunSummary() {
        SyncRunStats run = lastRun;
        return run == null ? "no run finished yet" : run.toString();
    }

    @ManagedAttribute(description = "Employment states in the store")
    public long getKnownEmployments() {
        return stateStore == null ? 0 : stateStore.size();
    }

    @ManagedOperation(description = "Forget all sync state: the next run sends every employee again")
    public void resetState() {
        ensureStarted();
        stateStore.clear();
    }

    /** The last finished run's counters, or null. */
    public SyncRunStats lastRun() {
        return lastRun;
    }

    @ManagedAttribute(description = "Dry run: count what would be sent, send nothing")
    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public UserIdSource getUserIdSource() {
        return userIdSource;
    }

    public void setUserIdSource(UserIdSource userIdSource) {
        this.userIdSource = userIdSource;
    }

    public FullRecordMode getFullRecord() {
        return fullRecord;
    }

    public void setFullRecord(FullRecordMode fullRecord) {
        this.fullRecord = fullRecord;
    }

    public String getTraitRenames() {
        return traitRenames;
    }

    public void setTraitRenames(String traitRenames) {
        this.traitRenames = traitRenames;
    }

    public String getExtraTraits() {
        return extraTraits;
    }

    public void setExtraTraits(String extraTraits) {
        this.extraTraits = extraTraits;
    }

    public String getCustomFieldPrefix() {
        return customFieldPrefix;
    }

    public void setCustomFieldPrefix(String customFieldPrefix) {
        this.customFieldPrefix = customFieldPrefix;
    }

    public String getDataDirectory() {
        return dataDirectory;
    }

    public void setDataDirectory(String dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    public String getOffboardedStatuses() {
        return offboardedStatuses;
    }

    public void setOffboardedStatuses(String offboardedStatuses) {
        this.offboardedStatuses = offboardedStatuses;
    }

    public String getOffboardedEvent() {
        return offboardedEvent;
    }

    /** The track event sent when an employee leaves; blank sends none. */
    public void setOffboardedEvent(String offboardedEvent) {
        this.offboardedEvent = offboardedEvent;
    }

    public String getStateStoreType() {
        return stateStoreType;
    }

    /** {@code file} (default: a file in dataDirectory) or {@code jdbc} (the registry's DataSource). */
    public void setStateStoreType(String stateStoreType) {
        this.stateStoreType = stateStoreType;
    }

    public String getStateTable() {
        return stateTable;
    }

    public void setStateTable(String stateTable) {
        this.stateTable = stateTable;
    }

    public void setStateStore(SyncStateStore stateStore) {
        this.stateStore = stateStore;
    }

    /** One polling run: its counters and, once its last exchange was seen, how many exchanges it has. */
    private static final class SyncRun {
        final SyncRunStats stats = new SyncRunStats();
        volatile long expected;
        private boolean finished;

        synchronized boolean finish() {
            if (finished) {
                return false;
            }
            finished = true;
            stats.finish();
            return true;
        }
    }
}
