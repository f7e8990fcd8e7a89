package io.github.camelsegmentremote.bench;

import java.util.concurrent.locks.LockSupport;

import io.github.camelsegmentremote.sandbox.SegmentTrackingTraffic;

/**
 * Notes the wall-clock time at which the sandbox's Tracking API received its first request of a run (checked about
 * every 0.5 ms), for the variants' time to first identify.
 */
final class FirstRequestWatch implements AutoCloseable {

    private static final long CHECK_NANOS = 500_000;

    private final SegmentTrackingTraffic traffic;
    private final Thread thread = new Thread(this::watch, "bench-first-request-watch");
    private volatile boolean running = true;
    private volatile long firstEpochMillis = -1;

    FirstRequestWatch(SegmentTrackingTraffic traffic) {
        this.traffic = traffic;
    }

    FirstRequestWatch start() {
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    private void watch() {
        while (running) {
            if (traffic.requests() > 0) {
                firstEpochMillis = System.currentTimeMillis();
                return;
            }
            LockSupport.parkNanos(CHECK_NANOS);
        }
    }

    /** Epoch millis of the first request, or -1 when none came. */
    long firstEpochMillis() {
        return firstEpochMillis;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}
