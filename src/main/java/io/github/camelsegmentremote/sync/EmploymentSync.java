package io.github.camelsegmentremote.sync;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import org.apache.camel.Exchange;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps of the Remote-to-Segment sync that a route calls as a bean, in order:
 * <ol>
 * <li>{@link #map(Exchange)}: the employment in the body becomes an identify (body) with its employment id,
 * content hash and messageId key in headers;</li>
 * <li>{@link #needsSending(Exchange)}: false when Segment already accepted the same content (or in dry run);</li>
 * <li>after {@code segment:identify} accepted it: {@link #markSent(Exchange)} records the hash;</li>
 * <li>in the route's error handler: {@link #markFailed(Exchange)}.</li>
 * </ol>
 * One polling run (the polling consumer's batch) is counted and summarised in the log when its last employment is
 * done; the counters are JMX attributes (visible in Hawtio).
 */
@ManagedResource(description = "Remote employees to Segment identify sync")
public class EmploymentSync extends ServiceSupport {

    /** Header: the Remote employment id of the message. */
    public static final String EMPLOYMENT_ID = "CamelSyncEmploymentId";
    /** Header: the content hash of the identify. */
    public static final String CONTENT_HASH = "CamelSyncContentHash";
    /** Header: the key the Segment messageId is derived from (employment id and content hash). */
    public static final String MESSAGE_ID_KEY = "CamelSegmentMessageIdKey";
    /** Header: true when the employment has left (offboarded/archived status). */
    public static final String OFFBOARDED = "CamelSyncOffboarded";
    /** Header: why the employment is not sent (no userId). */
    public static final String SKIP_REASON = "CamelSyncSkipReason";

    private static final Logger LOG = LoggerFactory.getLogger(EmploymentSync.class);

    private UserIdSource userIdSource = UserIdSource.employmentId;
    private String traitRenames;
    private String extraTraits;
    private String customFieldPrefix = TraitMapping.DEFAULT.customFieldPrefix();
    private boolean dryRun;
    private String dataDirectory = "data";
    private String offboardedStatuses = "offboarding,archived,deleted";
    private SyncStateStore stateStore;

    private EmploymentIdentifyMapper mapper;
    private Set<String> offboarded;
    private final AtomicReference<SyncRunStats> currentRun = new AtomicReference<>();
    private volatile SyncRunStats lastRun;
    private final LongAdder totalSent = new LongAdder();
    private final LongAdder totalFailed = new LongAdder();
    private final LongAdder totalUnchanged = new LongAdder();
    private final LongAdder runs = new LongAdder();

    @Override
    protected void doStart() {
        mapper = new EmploymentIdentifyMapper(userIdSource, TraitMapping.parse(traitRenames, extraTraits,
                customFieldPrefix));
        offboarded = Set.of(offboardedStatuses.split("\\s*,\\s*"));
        if (stateStore == null) {
            stateStore = new FileSyncStateStore(Path.of(dataDirectory));
        }
        LOG.info("Employment sync ready: userId from {}, {} employment state(s) known{}", userIdSource,
                stateStore.size(), dryRun ? ", DRY RUN: nothing is sent and no state changes" : "");
    }

    @Override
    protected void doStop() {
        if (stateStore != null) {
            stateStore.close();
        }
    }

    /** Maps the employment in the body to an identify body and sets the sync headers. */
    public void map(Exchange exchange) {
        SyncRunStats run = runOf(exchange);
        IdentifyMessage message;
        Optional<IdentifyMessage> mapped = mapper.map(exchange.getMessage().getBody());
        if (run != null) {
            run.seen();
        }
        if (mapped.isEmpty()) {
            exchange.getMessage().setHeader(SKIP_REASON, mapper.missingUserIdReason());
            return;
        }
        message = mapped.get();
        exchange.getMessage().setHeader(EMPLOYMENT_ID, message.employmentId());
        exchange.getMessage().setHeader(CONTENT_HASH, message.contentHash());
        exchange.getMessage().setHeader(MESSAGE_ID_KEY, message.messageIdKey());
        Object status = message.traits().get("status");
        exchange.getMessage().setHeader(OFFBOARDED, status != null && offboarded.contains(status.toString()));
        exchange.getMessage().setBody(message.toMap());
    }

    /**
     * Whether the identify must go to Segment: false when it was skipped, when Segment already accepted the same
     * content, and always in dry run (which counts what would be sent).
     */
    public boolean needsSending(Exchange exchange) {
        SyncRunStats run = runOf(exchange);
        String skip = exchange.getMessage().getHeader(SKIP_REASON, String.class);
        if (skip != null) {
            LOG.debug("Skipping an employment: {}", skip);
            count(run, SyncRunStats::skipped);
            finishIfDone(run);
            return false;
        }
        String id = exchange.getMessage().getHeader(EMPLOYMENT_ID, String.class);
        String hash = exchange.getMessage().getHeader(CONTENT_HASH, String.class);
        boolean changed = stateStore.get(id).map(s -> !s.contentHash().equals(hash)).orElse(true);
        if (!changed) {
            totalUnchanged.increment();
            count(run, SyncRunStats::unchanged);
            finishIfDone(run);
            return false;
        }
        count(run, SyncRunStats::changed);
        if (dryRun) {
            LOG.info("Dry run: would send identify for employment {}", id);
            count(run, SyncRunStats::unchanged);
            finishIfDone(run);
            return false;
        }
        return true;
    }

    /** Records that Segment accepted the identify: called after {@code segment:identify} completed. */
    public void markSent(Exchange exchange) {
        String id = exchange.getMessage().getHeader(EMPLOYMENT_ID, String.class);
        String hash = exchange.getMessage().getHeader(CONTENT_HASH, String.class);
        if (id == null || hash == null) {
            throw new IllegalStateException("markSent needs the headers " + EMPLOYMENT_ID + " and " + CONTENT_HASH
                    + " set by map(); call map() first in the route");
        }
        stateStore.markSent(id, hash, Instant.now());
        totalSent.increment();
        SyncRunStats run = runOf(exchange);
        count(run, SyncRunStats::sent);
        finishIfDone(run);
    }

    /** Counts an employment whose identify finally failed; its state is left as it was, so it is sent again. */
    public void markFailed(Exchange exchange) {
        totalFailed.increment();
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        LOG.warn("Identify for employment {} failed: {}", exchange.getMessage().getHeader(EMPLOYMENT_ID),
                cause == null ? "unknown error" : cause.getMessage());
        SyncRunStats run = runOf(exchange);
        count(run, SyncRunStats::failed);
        finishIfDone(run);
    }

    private SyncRunStats runOf(Exchange exchange) {
        Integer index = exchange.getProperty(Exchange.BATCH_INDEX, Integer.class);
        if (index == null) {
            return null;
        }
        if (index == 0 && exchange.getProperty("CamelSyncRunStarted") == null) {
            exchange.setProperty("CamelSyncRunStarted", true);
            SyncRunStats previous = currentRun.getAndSet(new SyncRunStats());
            if (previous != null && previous.finished() == null) {
                LOG.warn("Sync run started while the previous one was unfinished: {}", previous);
            }
            runs.increment();
        }
        return currentRun.get();
    }

    private static void count(SyncRunStats run, java.util.function.Consumer<SyncRunStats> counter) {
        if (run != null) {
            counter.accept(run);
        }
    }

    private void finishIfDone(SyncRunStats run) {
        if (run == null) {
            return;
        }
        // The batch size is the number of employments the poll emitted; the run ends when all are done.
        Integer size = batchSize;
        if (size != null && run.done() >= size && run.finished() == null) {
            synchronized (run) {
                if (run.finished() == null) {
                    run.finish();
                    lastRun = run;
                    LOG.info("Sync run finished: {}{}", run, dryRun ? " (dry run)" : "");
                }
            }
        }
    }

    private volatile Integer batchSize;

    /** Called by the route with the poll's batch size (the consumer sets Exchange.BATCH_SIZE). */
    public void onBatch(Exchange exchange) {
        batchSize = exchange.getProperty(Exchange.BATCH_SIZE, Integer.class);
        Long page = exchange.getMessage().getHeader("CamelRemotePage", Long.class);
        SyncRunStats run = runOf(exchange);
        if (run != null && page != null) {
            run.pages(page);
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

    @ManagedAttribute(description = "Employments whose identify finally failed since start")
    public long getTotalFailed() {
        return totalFailed.sum();
    }

    @ManagedAttribute(description = "Employments skipped as unchanged since start")
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
        stateStore.clear();
    }

    public SyncRunStats lastRun() {
        return lastRun;
    }

    public SyncStateStore stateStore() {
        return stateStore;
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

    public void setStateStore(SyncStateStore stateStore) {
        this.stateStore = stateStore;
    }
}
