package io.github.camelsegmentremote.sync.management;

import java.util.Map;
import java.util.Optional;

import io.github.camelsegmentremote.sync.SyncState;
import io.github.camelsegmentremote.sync.SyncStateStore;

/** A state store that only knows its size: what the management reads of it. Refuses everything else. */
final class FixedSizeStateStore implements SyncStateStore {

    private final long size;

    FixedSizeStateStore(long size) {
        this.size = size;
    }

    @Override
    public Optional<SyncState> get(String employmentId) {
        throw new UnsupportedOperationException("the management only reads the size");
    }

    @Override
    public void putAll(Map<String, SyncState> states) {
        throw new UnsupportedOperationException("the management only reads the size");
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException("the management only reads the size");
    }

    @Override
    public void close() {
    }
}
