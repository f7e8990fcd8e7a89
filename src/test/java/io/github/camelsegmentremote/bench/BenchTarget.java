package io.github.camelsegmentremote.bench;

import java.nio.file.Path;

/**
 * Where a variant syncs from and to: the sandbox's Remote and US Tracking API base URLs, how many employees
 * Remote holds, and a scratch directory of its own (state files).
 *
 * @param remoteBaseUrl   the sandbox's Remote API
 * @param trackingBaseUrl the sandbox's Segment Tracking API (US)
 * @param employees       employees seeded in Remote
 * @param workDir         an empty directory for this run
 */
record BenchTarget(String remoteBaseUrl, String trackingBaseUrl, int employees, Path workDir) {

    /** Remote's page size, the largest it allows; every variant pages with it. */
    static final int PAGE_SIZE = 100;

    /** List calls needed to read every employee once. */
    long listCalls() {
        return (employees + PAGE_SIZE - 1) / PAGE_SIZE;
    }
}
