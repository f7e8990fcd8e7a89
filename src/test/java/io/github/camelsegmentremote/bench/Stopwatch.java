package io.github.camelsegmentremote.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Wall time, this JVM's CPU time (all its threads: the variant's, the JIT compilers', the garbage collector's) and
 * the JIT compiler threads' share of it, since it was started.
 */
final class Stopwatch {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    /** Linux's USER_HZ: the unit of the CPU times in /proc/[pid]/task/[tid]/stat. */
    private static final double MILLIS_PER_TICK = 10;

    private final long startEpochMillis = System.currentTimeMillis();
    private final long startNanos = System.nanoTime();
    private final long startCpuNanos = OS.getProcessCpuTime();
    private final double startJitCpuMillis = jitCpuMillisSoFar();

    static Stopwatch start() {
        return new Stopwatch();
    }

    long startEpochMillis() {
        return startEpochMillis;
    }

    double millis() {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    double cpuMillis() {
        return (OS.getProcessCpuTime() - startCpuNanos) / 1e6;
    }

    /** CPU time of the JIT compiler threads (10 ms resolution), or -1 where /proc is missing. */
    double jitCpuMillis() {
        double now = jitCpuMillisSoFar();
        return now < 0 || startJitCpuMillis < 0 ? -1 : now - startJitCpuMillis;
    }

    /** Sums user and system time of the threads the JVM names "C1 CompilerThread..." and "C2 CompilerThread...". */
    private static double jitCpuMillisSoFar() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return -1;
        }
        try (Stream<Path> threads = Files.list(tasks)) {
            return threads.mapToDouble(Stopwatch::compilerThreadCpuMillis).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    private static double compilerThreadCpuMillis(Path task) {
        try {
            String name = Files.readString(task.resolve("comm")).trim();
            if (!name.matches("C[12] CompilerThre.*")) {
                return 0;
            }
            String stat = Files.readString(task.resolve("stat"));
            // Fields after the parenthesised name: state is field 3, utime field 14, stime field 15.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MILLIS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            // The thread ended meanwhile.
            return 0;
        }
    }
}
