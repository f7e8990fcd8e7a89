package io.github.camelsegmentremote.sandbox;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the Tracking API accepted for one userId in a workspace: how many identify calls, the traits of the latest
 * one, and the messageIds of every accepted message of any type, in arrival order.
 */
public record SegmentProfile(String userId, int identifies, JsonNode latestTraits, List<String> messageIds) {

    public SegmentProfile {
        messageIds = List.copyOf(messageIds);
    }
}
