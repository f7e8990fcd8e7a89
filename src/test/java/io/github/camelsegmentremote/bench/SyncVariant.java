package io.github.camelsegmentremote.bench;

/** One way of syncing Remote employees into Segment identify calls. */
interface SyncVariant {

    /** Short id used on the command line and in result files. */
    String id();

    /** Syncs every employee of the target once (plus the variant's second phase) and reports its timings. */
    VariantRun run(BenchTarget target) throws Exception;
}
