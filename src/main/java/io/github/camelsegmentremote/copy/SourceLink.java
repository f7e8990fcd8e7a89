package io.github.camelsegmentremote.copy;

/**
 * A source of the target workspace that a schema-settings forwarding field points at, by the slug it shares with
 * its source-workspace counterpart; {@code targetSourceId} is null when this copy creates it (its id is known once
 * it exists).
 */
public record SourceLink(String slug, String targetSourceId) {

    @Override
    public String toString() {
        return slug + " (" + (targetSourceId == null ? "created by this copy" : targetSourceId) + ")";
    }
}
