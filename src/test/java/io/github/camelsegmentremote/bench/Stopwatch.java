package io.github.camelsegmentremote.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Wall time, this JVM's CPU time (all its threads: the variant's, the JIT compilers', the garbage collector's) and
 * the JIT compilers' share of it, since it was started.
 */
final class Stopwatch {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

    private final long startEpochMillis = System.currentTimeMillis();
    private final long startNanos = System.nanoTime();
    private final long startCpuNanos = OS.getProcessCpuTime();
    private final long startJitMillis = JIT.getTotalCompilationTime();

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

    /** Time the JIT compiler threads spent compiling (the JVM's own accounting). */
    double jitMillis() {
        return JIT.getTotalCompilationTime() - startJitMillis;
    }
}
