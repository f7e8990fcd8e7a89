package io.github.camelsegmentremote.segment.tracking;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Packs the messages of many exchanges into batches and hands full ones to sender threads. A batch is sent when
 * it reaches batchSize or the byte limit, when flushInterval has passed since its first message, on
 * {@link #flush()}, and on {@link #close(Duration)}, which also waits for the batches in flight: stopping loses
 * nothing.
 * <p>
 * Adding takes one short lock per exchange (appending references, no copying or serialising under it); the
 * senders work outside it. At most maxQueueSize messages wait or are in flight: more block the adding thread,
 * which slows the route down instead of filling the heap.
 */
final class TrackingBatcher {

    private static final Logger LOG = LoggerFactory.getLogger(TrackingBatcher.class);
    /** Tells a sender thread to finish. */
    private static final Batch END = new Batch(0, 0);

    private final TrackingSettings settings;
    private final ScheduledExecutorService timer;
    private final ExecutorService senders;
    private final BatchTransport transport;
    private final Semaphore room;
    private final BlockingQueue<Batch> ready = new LinkedBlockingQueue<>();
    private final ReentrantLock lock = new ReentrantLock();
    private Batch open;
    private ScheduledFuture<?> openTimer;
    private boolean closed;
    private boolean draining;

    /**
     * @param settings  limits and timings
     * @param timer     runs the flushInterval timers
     * @param senders   runs {@code settings.senderThreads()} sender loops; shut down by {@link #close(Duration)}
     * @param transport sends a batch
     */
    TrackingBatcher(TrackingSettings settings, ScheduledExecutorService timer, ExecutorService senders,
            BatchTransport transport) {
        this.settings = settings;
        this.timer = timer;
        this.senders = senders;
        this.transport = transport;
        this.room = new Semaphore(settings.maxQueueSize());
        for (int i = 0; i < settings.senderThreads(); i++) {
            senders.execute(this::sendLoop);
        }
    }

    /**
     * Queues the messages of one exchange, kept in one batch when they fit in one. Blocks while the queue is
     * full.
     *
     * @throws IllegalStateException if the batcher is closed or the exchange has more messages than the queue
     *                               holds; nothing is queued then
     */
    void add(List<PendingMessage> messages) throws InterruptedException {
        int count = messages.size();
        if (count > settings.maxQueueSize()) {
            throw new IllegalStateException("The exchange carries " + count + " messages, more than maxQueueSize ("
                    + settings.maxQueueSize() + "): split it or raise maxQueueSize");
        }
        room.acquire(count);
        lock.lock();
        try {
            if (closed) {
                room.release(count);
                throw new IllegalStateException("The segment producer is stopped: the message was not queued");
            }
            long bytes = messages.stream().mapToLong(m -> m.message().size()).sum();
            if (open != null && !open.fits(count, bytes)) {
                dispatchOpen();
            }
            for (PendingMessage message : messages) {
                if (open != null && !open.fits(1, message.message().size())) {
                    dispatchOpen();
                }
                if (open == null) {
                    openBatch();
                }
                open.add(message);
                if (open.isFull()) {
                    dispatchOpen();
                }
            }
            if (draining) {
                dispatchOpen();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Sends the open batch now, however full. */
    void flush() {
        lock.lock();
        try {
            dispatchOpen();
        } finally {
            lock.unlock();
        }
    }

    /** Sends the open batch now and from now on every message at once: the route is shutting down. */
    void drain() {
        lock.lock();
        try {
            draining = true;
            dispatchOpen();
        } finally {
            lock.unlock();
        }
    }

    /** Messages queued or in flight. */
    int pending() {
        return settings.maxQueueSize() - room.availablePermits();
    }

    /**
     * Stops taking messages, sends the open batch and waits for every batch to be sent (accepted or finally
     * failed). Batches still unsent after {@code maxWait} fail their exchanges: none is dropped silently.
     */
    void close(Duration maxWait) throws InterruptedException {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            dispatchOpen();
            for (int i = 0; i < settings.senderThreads(); i++) {
                ready.add(END);
            }
        } finally {
            lock.unlock();
        }
        senders.shutdown();
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (!senders.awaitTermination(Math.min(10_000, Math.max(0, (deadline - System.nanoTime()) / 1_000_000)),
                TimeUnit.MILLISECONDS)) {
            if (System.nanoTime() - deadline >= 0) {
                LOG.warn("Segment messages still unsent after waiting {} s on stop: {} of them fail their "
                        + "exchanges", maxWait.toSeconds(), pending());
                senders.shutdownNow();
                senders.awaitTermination(5, TimeUnit.SECONDS);
                break;
            }
            LOG.info("Waiting for {} Segment messages to be delivered before stopping", pending());
        }
        List<Batch> unsent = new ArrayList<>();
        ready.drainTo(unsent);
        for (Batch batch : unsent) {
            if (batch != END) {
                transport.abandon(batch, "the segment producer stopped before it could be sent");
                room.release(batch.size());
            }
        }
    }

    private void openBatch() {
        Batch batch = new Batch(settings.batchSize(), settings.maxBatchBytes());
        open = batch;
        try {
            openTimer = timer.schedule(() -> flushIfOpen(batch), settings.flushInterval().toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // The timer is stopping with the producer; close() sends this batch.
            openTimer = null;
        }
    }

    private void flushIfOpen(Batch batch) {
        lock.lock();
        try {
            if (open == batch) {
                dispatchOpen();
            }
        } finally {
            lock.unlock();
        }
    }

    private void dispatchOpen() {
        if (open == null || open.isEmpty()) {
            return;
        }
        if (openTimer != null) {
            openTimer.cancel(false);
            openTimer = null;
        }
        ready.add(open);
        open = null;
    }

    private void sendLoop() {
        while (true) {
            Batch batch;
            try {
                batch = ready.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (batch == END) {
                return;
            }
            try {
                transport.send(batch);
            } catch (RuntimeException e) {
                LOG.error("Sending a Segment {} failed unexpectedly", batch, e);
            } finally {
                room.release(batch.size());
            }
        }
    }
}
