package io.github.camelsegmentremote.sync;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded state store: an append-only log file ({@code employmentId TAB hash TAB epochMillis} per line) in a
 * data directory, replayed into memory at open and compacted when the log grows to several times the live
 * entries. Each {@link #markSent} is written and flushed to the OS before it returns, so a killed JVM keeps it; a
 * line torn by a crash is ignored at the next open. One store at a time per directory: a second one (another app
 * instance on the same directory) fails at open rather than overwrite the first one's log.
 */
public final class FileSyncStateStore implements SyncStateStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileSyncStateStore.class);
    private static final String FILE_NAME = "sync-state.log";
    private static final String LOCK_NAME = "sync-state.lock";

    private final Path file;
    private final Map<String, SyncedState> states = new ConcurrentHashMap<>();
    private final FileChannel lockChannel;
    private final FileLock lock;
    private BufferedWriter writer;
    private long logLines;

    public FileSyncStateStore(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Option dataDirectory: cannot create " + dataDirectory.toAbsolutePath()
                    + ": " + e.getMessage(), e);
        }
        this.file = dataDirectory.resolve(FILE_NAME);
        Path lockFile = dataDirectory.resolve(LOCK_NAME);
        try {
            lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock acquired;
            try {
                acquired = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                acquired = null;
            }
            if (acquired == null) {
                lockChannel.close();
                throw new IllegalStateException("Sync state directory " + dataDirectory.toAbsolutePath() + " is in "
                        + "use by another sync (lock " + LOCK_NAME + "): give each app instance its own "
                        + "dataDirectory, or share state through the JDBC store");
            }
            lock = acquired;
        } catch (IOException e) {
            throw new UncheckedIOException("could not lock " + lockFile + ": " + e.getMessage(), e);
        }
        load();
        compact();
    }

    public Path file() {
        return file;
    }

    @Override
    public Optional<SyncedState> get(String employmentId) {
        return Optional.ofNullable(states.get(employmentId));
    }

    @Override
    public synchronized void markSent(String employmentId, String contentHash, Instant sentAt) {
        if (employmentId.indexOf('\t') >= 0 || employmentId.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("employment id with a tab or newline cannot be stored: "
                    + employmentId);
        }
        try {
            writer.write(employmentId + '\t' + contentHash + '\t' + sentAt.toEpochMilli() + '\n');
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not record sync state in " + file + ": " + e.getMessage(), e);
        }
        states.put(employmentId, new SyncedState(contentHash, sentAt));
        if (++logLines > 4L * states.size() + 10_000) {
            compact();
        }
    }

    @Override
    public long size() {
        return states.size();
    }

    @Override
    public synchronized void clear() {
        states.clear();
        compact();
    }

    @Override
    public synchronized void close() {
        closeWriter();
        try {
            if (lock.isValid()) {
                lock.release();
            }
            lockChannel.close();
        } catch (IOException e) {
            LOG.warn("Releasing sync state lock in {} failed: {}", file.getParent(), e.getMessage());
        }
    }

    private void closeWriter() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                LOG.warn("Closing sync state file {} failed: {}", file, e.getMessage());
            }
            writer = null;
        }
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        long torn = 0;
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            for (var it = lines.iterator(); it.hasNext();) {
                String[] parts = it.next().split("\t");
                if (parts.length != 3) {
                    torn++;
                    continue;
                }
                try {
                    states.put(parts[0], new SyncedState(parts[1], Instant.ofEpochMilli(Long.parseLong(parts[2]))));
                } catch (NumberFormatException e) {
                    torn++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read sync state " + file + ": " + e.getMessage(), e);
        }
        if (torn > 0) {
            LOG.warn("Ignored {} incomplete line(s) in {} (an interrupted write); those employments are sent again",
                    torn, file);
        }
    }

    /** Rewrites the log with one line per employment, atomically, and reopens it for appending. */
    private synchronized void compact() {
        closeWriter();
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (Map.Entry<String, SyncedState> e : states.entrySet()) {
                    out.write(e.getKey() + '\t' + e.getValue().contentHash() + '\t'
                            + e.getValue().sentAt().toEpochMilli() + '\n');
                }
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            logLines = states.size();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write sync state " + file + ": " + e.getMessage(), e);
        }
    }
}
