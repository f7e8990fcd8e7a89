package io.github.camelsegmentremote.sandbox;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Draws the fault for each request from the current {@link FaultPlan}. Seeded, so a run is reproducible for the
 * same request order; {@link #failNext(Fault, int)} forces the next N requests to fail the same way (e.g. a 429
 * storm).
 */
public final class FaultInjector {

    private volatile FaultPlan plan = FaultPlan.NONE;
    private final SplittableRandom random;
    private final AtomicInteger forcedCount = new AtomicInteger();
    private volatile Fault forcedFault = Fault.NONE;

    public FaultInjector(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public FaultPlan plan() {
        return plan;
    }

    public void plan(FaultPlan plan) {
        this.plan = plan == null ? FaultPlan.NONE : plan;
    }

    /** Forces the next {@code count} requests to get {@code fault}, whatever the plan says. */
    public void failNext(Fault fault, int count) {
        forcedFault = fault;
        forcedCount.set(count);
    }

    public void reset() {
        plan = FaultPlan.NONE;
        forcedCount.set(0);
    }

    /** Picks the fault for a request before it is processed (errors, 429s, resets). */
    public Fault beforeProcessing() {
        if (forcedFault != Fault.MALFORMED && forcedCount.get() > 0 && forcedCount.getAndDecrement() > 0) {
            return forcedFault;
        }
        FaultPlan p = plan;
        if (p == FaultPlan.NONE) {
            return Fault.NONE;
        }
        double draw;
        synchronized (random) {
            draw = random.nextDouble();
        }
        if (draw < p.resetRate()) {
            return Fault.RESET;
        }
        draw -= p.resetRate();
        if (draw < p.rateLimitRate()) {
            return Fault.RATE_LIMIT;
        }
        draw -= p.rateLimitRate();
        if (draw < p.serverErrorRate()) {
            return Fault.SERVER_ERROR;
        }
        return Fault.NONE;
    }

    /** Whether a successful answer's body is to be cut in half. */
    public boolean malformAnswer() {
        if (forcedFault == Fault.MALFORMED && forcedCount.get() > 0 && forcedCount.getAndDecrement() > 0) {
            return true;
        }
        double rate = plan.malformedRate();
        if (rate <= 0) {
            return false;
        }
        synchronized (random) {
            return random.nextDouble() < rate;
        }
    }
}
