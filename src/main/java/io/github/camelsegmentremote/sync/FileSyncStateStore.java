package io.github.camelsegmentremote.sync;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded state store: an append-only log file in a data directory, one line per state in
 * {@link SyncStateFileFormat}, replayed into memory at open and compacted when the log grows to several times the
 * live entries. Each {@link #putAll} is written and flushed to the OS before it returns, so a killed JVM keeps it.
 * A crash can only tear the last line (appends, and compaction by atomic rename): such a line is reported and
 * ignored at the next open. Anything else unreadable stops the open with the file's path and the recovery step,
 * never a silent full re-send. One store at a time per directory: a second one (another app instance on the same
 * directory) fails at open rather than overwrite the first one's log.
 */
public final class FileSyncStateStore implements SyncStateStore {

    /** The state file's name in the data directory. */
    public static final String FILE_NAME = "sync-state.log";
    private static final Logger LOG = LoggerFactory.getLogger(FileSyncStateStore.class);
    private static final String LOCK_NAME = "sync-state.lock";

    private final Path file;
    private final Map<String, SyncState> states = new ConcurrentHashMap<>();
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
        this.file = dataDirectory.resolve(FILE_NAME).toAbsolutePath();
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
        try {
            load();
            compact();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public Optional<SyncState> get(String employmentId) {
        return Optional.ofNullable(states.get(employmentId));
    }

    @Override
    public synchronized void putAll(Map<String, SyncState> updates) {
        if (updates.isEmpty()) {
            return;
        }
        try {
            for (Map.Entry<String, SyncState> e : updates.entrySet()) {
                writer.write(SyncStateFileFormat.line(e.getKey(), e.getValue()));
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not record sync state in " + file + ": " + e.getMessage(), e);
        }
        states.putAll(updates);
        logLines += updates.size();
        if (logLines > 4L * states.size() + 10_000) {
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
            if (lock != null && lock.isValid()) {
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
            LOG.info("No sync state file yet ({}): every employee is new to this sync", file);
            return;
        }
        long bytes;
        boolean endsWithNewline;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            bytes = channel.size();
            ByteBuffer last = ByteBuffer.allocate(1);
            endsWithNewline = bytes > 0 && channel.read(last, bytes - 1) == 1 && last.get(0) == '\n';
        } catch (IOException e) {
            throw unreadable("it cannot be read (" + e.getMessage() + ")", e);
        }
        if (bytes == 0) {
            LOG.warn("Sync state file {} is empty (0 bytes, 0 employment states): every employee is sent again (with "
                    + "the same messageIds, so Segment drops what it already has). If it held state before, stop "
                    + "the app and restore the file from a backup to avoid the re-send", file);
            return;
        }
        SyncStateFileFormat.Reader reader = new SyncStateFileFormat.Reader();
        long lineNumber = 0;
        String torn = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder()))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (torn != null) {
                    throw unreadable("line " + (lineNumber - 1) + " is not a sync state (" + torn + ")", null);
                }
                String problem = reader.read(line, states);
                if (problem != null) {
                    torn = problem;
                }
            }
        } catch (CharacterCodingException e) {
            throw unreadable("it is not text (invalid UTF-8 after line " + lineNumber + ")", e);
        } catch (IOException e) {
            throw unreadable("it cannot be read (" + e.getMessage() + ")", e);
        }
        if (torn != null && endsWithNewline) {
            throw unreadable("line " + lineNumber + " is not a sync state (" + torn + ")", null);
        }
        if (torn != null) {
            LOG.warn("Sync state file {}: read {} employment state(s) from {} line(s); ignored the last line, written "
                    + "only in part (an interrupted write): that employee is sent again", file, states.size(),
                    lineNumber);
        } else {
            LOG.info("Sync state file {}: {} employment state(s) known", file, states.size());
        }
    }

    private IllegalStateException unreadable(String why, Exception cause) {
        return new IllegalStateException("Sync state file " + file + " is unreadable: " + why + ". The sync does not "
                + "start rather than send every employee again. To recover, restore the file from a backup; or, to "
                + "start over and send every employee once more (Segment drops messages it already has by their "
                + "messageId), stop the app and move the file away", cause);
    }

    /** Rewrites the log with one line per employment, atomically, and reopens it for appending. */
    private synchronized void compact() {
        closeWriter();
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                out.write(SyncStateFileFormat.HEADER);
                for (Map.Entry<String, SyncState> e : states.entrySet()) {
                    out.write(SyncStateFileFormat.line(e.getKey(), e.getValue()));
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
