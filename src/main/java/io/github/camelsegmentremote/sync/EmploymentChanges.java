package io.github.camelsegmentremote.sync;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.github.camelsegmentremote.remote.RemoteConstants;
import io.github.camelsegmentremote.remote.RemotePageItems;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sync's change detection, as route steps: maps employments to identifies ({@link EmploymentIdentifyMapper}),
 * compares them with the state store ({@link ChangePolicy}) and puts what is new into a {@link SyncBatch}: the body
 * becomes the batch's messages for {@code segment:batch}, the batch itself goes in the exchange property
 * {@link SyncConstants#BATCH} for {@link SentStateRecorder}; the body is null when there is nothing to send. Route
 * files call the steps through {@link SyncStep}. Used by both routes: {@link #listPage} for a page of
 * list items (the polling route), {@link #fullRecord} for a full record (its enrichment step, and the webhook route).
 * Declared in a route file's {@code beans} with {@code initMethod: start}.
 */
public class EmploymentChanges extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(EmploymentChanges.class);

    private SyncStateStore stateStore;
    private SyncRuns runs = new SyncRuns();
    private UserIdSource userIdSource = UserIdSource.employmentId;
    private FullRecordMode fullRecord = FullRecordMode.changed;
    private String traitRenames;
    private String extraTraits;
    private String customFieldPrefix = TraitMapping.DEFAULT.customFieldPrefix();
    private String offboardedEvent = "Employee Offboarded";
    private String offboardedStatuses = "offboarding,archived,deleted";
    private boolean dryRun;
    private boolean identifyFirst = true;

    private EmploymentIdentifyMapper mapper;
    private ChangePolicy policy;
    private OffboardingEvent offboarding;

    @Override
    protected void doStart() {
        if (stateStore == null) {
            throw new IllegalStateException("Option stateStore is required: the sync state store bean, e.g. "
                    + "stateStore: \"#bean:syncStateStore\"");
        }
        mapper = new EmploymentIdentifyMapper(userIdSource, TraitMapping.parse(traitRenames, extraTraits,
                customFieldPrefix));
        policy = new ChangePolicy(fullRecord, identifyFirst);
        offboarding = new OffboardingEvent(offboardedEvent, offboardedStatuses);
        runs.setDryRun(dryRun);
        LOG.info("Employment sync ready: userId from {}, full records {}{}, {} employment state(s) known{}",
                userIdSource, fullRecord, identifyFirst && fullRecord != FullRecordMode.never
                        ? " (new employees identified from the list first)" : "", stateStore.size(), dryRun ? ", DRY RUN: nothing is sent and no state changes"
                        : "");
    }

    /** A page of list items (the body, a List) to a batch: new employees identified at once, full records after. */
    public void listPage(Exchange exchange) {
        SyncRun run = run(exchange);
        Message message = exchange.getMessage();
        Number pageNumber = message.getHeader(RemoteConstants.PAGE, Number.class);
        Integer pages = exchange.getProperty(Exchange.BATCH_SIZE, Integer.class);
        if (pageNumber != null) {
            run.page(pageNumber.longValue(), pages == null ? 0 : pages);
        }
        List<?> items = message.getBody(List.class);
        SyncBatch.Builder batch = new SyncBatch.Builder(offboarding);
        long changed = 0;
        long unchanged = 0;
        long skipped = 0;
        RemotePageItems page = items instanceof RemotePageItems remotePage ? remotePage : null;
        for (int i = 0; i < items.size(); i++) {
            // The page's JSON as Remote sent it: no typed model is made for the mapping.
            Optional<IdentifyMessage> mapped = mapper.map(page != null ? page.json(i) : items.get(i));
            if (mapped.isEmpty()) {
                skipped++;
                LOG.debug("Skipping an employment: {}", mapper.missingUserIdReason());
                continue;
            }
            IdentifyMessage identify = mapped.get();
            String id = identify.employmentId();
            SyncState stored = stateStore.get(id).orElse(null);
            switch (policy.forListItem(identify.contentHash(), stored)) {
                case UNCHANGED -> {
                    unchanged++;
                    if (!dryRun && !identify.contentHash().equals(stored.listHash())) {
                        batch.record(id, stored.withListHash(identify.contentHash()));
                    }
                }
                case SEND -> {
                    changed++;
                    send(batch, identify, stored, identify.contentHash(), false);
                }
                case SEND_THEN_ENRICH -> {
                    changed++;
                    send(batch, identify, stored, identify.contentHash(), false);
                    if (!dryRun) {
                        batch.readFullRecord(id, identify.contentHash(), true);
                    }
                }
                case ENRICH -> {
                    if (dryRun) {
                        changed++;
                    } else {
                        batch.readFullRecord(id, identify.contentHash(), false);
                    }
                }
            }
        }
        run.counted(items.size(), changed, unchanged, skipped);
        runs.pageRead(run);
        use(exchange, batch.build());
    }

    /**
     * A full record (the body, after {@code remote:getEmployment}) to a batch. After {@link #fullRecordRead} the
     * exchange property of its request says which list item it belongs to; from a webhook there is none.
     */
    public void fullRecord(Exchange exchange) {
        SyncRun run = run(exchange);
        run.fullRecordRead();
        SyncBatch.FullRecordRequest request = exchange.getProperty(SyncConstants.FULL_RECORD_REQUEST,
                SyncBatch.FullRecordRequest.class);
        SyncBatch.Builder batch = new SyncBatch.Builder(offboarding);
        Optional<IdentifyMessage> mapped = mapper.map(exchange.getMessage().getBody());
        boolean count = request == null || !request.counted();
        if (mapped.isEmpty()) {
            run.counted(request == null ? 1 : 0, 0, 0, count ? 1 : 0);
            use(exchange, batch.build());
            return;
        }
        IdentifyMessage identify = mapped.get();
        SyncState stored = stateStore.get(identify.employmentId()).orElse(null);
        String listHash = request != null ? request.listHash() : stored == null ? null : stored.listHash();
        boolean changed = policy.forFullRecord(identify.contentHash(), stored) == ChangePolicy.Action.SEND;
        if (changed) {
            send(batch, identify, stored, listHash, true);
        } else if (!dryRun && (!stored.fullRecord() || !Objects.equals(listHash, stored.listHash()))) {
            batch.record(identify.employmentId(), new SyncState(listHash, stored.sentHash(), true,
                    stored.offboardingSent(), stored.sentAt()));
        }
        if (count) {
            run.counted(request == null ? 1 : 0, changed ? 1 : 0, changed ? 0 : 1, 0);
        }
        use(exchange, batch.build());
    }

    /** The split step's items: the full records to read after the page's batch was recorded. */
    public List<SyncBatch.FullRecordRequest> fullRecordRequests(Exchange exchange) {
        SyncBatch batch = exchange.getProperty(SyncConstants.BATCH, SyncBatch.class);
        return batch == null ? List.of() : batch.fullRecordRequests();
    }

    /** Before {@code remote:getEmployment}: the request in the body names the employment to read. */
    public void fullRecordRead(Exchange exchange) {
        SyncBatch.FullRecordRequest request = exchange.getMessage().getBody(SyncBatch.FullRecordRequest.class);
        exchange.setProperty(SyncConstants.FULL_RECORD_REQUEST, request);
        // The split's exchange starts with a copy of the page's properties: not the page's batch.
        exchange.removeProperty(SyncConstants.BATCH);
        exchange.getMessage().setHeader(RemoteConstants.EMPLOYMENT_ID, request.employmentId());
    }

    private void send(SyncBatch.Builder batch, IdentifyMessage identify, SyncState stored, String listHash,
            boolean fromFullRecord) {
        if (dryRun) {
            LOG.info("Dry run: would send identify for employment {}", identify.employmentId());
            return;
        }
        batch.send(identify, stored, listHash, fromFullRecord);
    }

    private SyncRun run(Exchange exchange) {
        SyncRun run = exchange.getProperty(SyncConstants.RUN, SyncRun.class);
        if (run == null) {
            run = runs.runOf(exchange);
            exchange.setProperty(SyncConstants.RUN, run);
        }
        return run;
    }

    private static void use(Exchange exchange, SyncBatch batch) {
        exchange.setProperty(SyncConstants.BATCH, batch);
        exchange.getMessage().setBody(batch.messages().isEmpty() ? null : batch.messages());
    }

    public void setStateStore(SyncStateStore stateStore) {
        this.stateStore = stateStore;
    }

    public SyncStateStore getStateStore() {
        return stateStore;
    }

    /** The run statistics the counts go to (the polling route's {@code pollStrategy}). */
    public void setRuns(SyncRuns runs) {
        this.runs = runs;
    }

    public SyncRuns getRuns() {
        return runs;
    }

    public void setUserIdSource(UserIdSource userIdSource) {
        this.userIdSource = userIdSource;
    }

    public void setFullRecord(FullRecordMode fullRecord) {
        this.fullRecord = fullRecord;
    }

    /** Renames or drops default traits: {@code title=jobTitle,department=}. */
    public void setTraitRenames(String traitRenames) {
        this.traitRenames = traitRenames;
    }

    /** Extra traits by JSON pointer: {@code costCenter=/administrative_details/cost_center}. */
    public void setExtraTraits(String extraTraits) {
        this.extraTraits = extraTraits;
    }

    public void setCustomFieldPrefix(String customFieldPrefix) {
        this.customFieldPrefix = customFieldPrefix;
    }

    /** The track event sent when an employee leaves; blank sends none. */
    public void setOffboardedEvent(String offboardedEvent) {
        this.offboardedEvent = offboardedEvent;
    }

    /** The statuses that mean an employee left (comma-separated). */
    public void setOffboardedStatuses(String offboardedStatuses) {
        this.offboardedStatuses = offboardedStatuses;
    }

    /**
     * Whether a new employee is identified from its list item before its full record is read (default true): with
     * Remote's rate limit, everyone is identified after the list pages; the full record follows.
     */
    public void setIdentifyFirst(boolean identifyFirst) {
        this.identifyFirst = identifyFirst;
    }

    /** Count what would be sent, send nothing, change no state. */
    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public boolean isDryRun() {
        return dryRun;
    }
}
