package io.github.camelsegmentremote.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Watches this JVM's memory for one variant: the most heap in use (sampled every few milliseconds, garbage
 * included), the most heap still in use right after a collection (what the variant really holds), and the process's
 * peak resident set (Linux {@code VmHWM}).
 */
final class MemoryWatcher implements AutoCloseable {

    private static final long SAMPLE_MILLIS = 5;

    private final AtomicLong maxUsed = new AtomicLong();
    private final AtomicLong maxAfterGc = new AtomicLong();
    private final List<Runnable> unregister = new ArrayList<>();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final Thread sampler = new Thread(this::sample, "bench-memory-sampler");
    private volatile boolean running = true;

    /**
     * @param maxUsedBytes    most heap in use at a sample
     * @param maxAfterGcBytes most heap in use right after a collection
     * @param vmHwmKb         peak resident set of the process, 0 where /proc is missing
     * @param heapLimitBytes  the heap limit (-Xmx)
     * @param collectors      the garbage collectors
     */
    record Peaks(long maxUsedBytes, long maxAfterGcBytes, long vmHwmKb, long heapLimitBytes, String collectors) {
    }

    MemoryWatcher start() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                NotificationListener listener = this::afterGc;
                emitter.addNotificationListener(listener, null, null);
                unregister.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException e) {
                        // Already gone: nothing to undo.
                    }
                });
            }
        }
        sampler.setDaemon(true);
        sampler.start();
        return this;
    }

    private void afterGc(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                .from((CompositeData) notification.getUserData());
        long used = 0;
        for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        maxAfterGc.accumulateAndGet(used, Math::max);
    }

    private void sample() {
        var memory = ManagementFactory.getMemoryMXBean();
        while (running) {
            maxUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    Peaks peaks() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        maxUsed.accumulateAndGet(heap.getUsed(), Math::max);
        String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
        return new Peaks(maxUsed.get(), maxAfterGc.get(), vmHwmKb(), heap.getMax(), collectors);
    }

    /** The process's peak resident set in kB, from /proc/self/status; 0 elsewhere. */
    static long vmHwmKb() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return 0;
        }
        try (var lines = Files.lines(status)) {
            return lines.filter(l -> l.startsWith("VmHWM:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        unregister.forEach(Runnable::run);
    }
}
