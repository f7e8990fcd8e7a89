package io.github.camelsegmentremote.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One setting a catalog integration accepts ({@code IntegrationOptionBeta}). Options of type {@code password} are
 * secrets: the Public API answers their values masked.
 */
public record SegmentIntegrationOption(String name, String type, boolean required, String label, String description) {

    public static SegmentIntegrationOption text(String name, String label, boolean required) {
        return new SegmentIntegrationOption(name, "string", required, label, label + ".");
    }

    public static SegmentIntegrationOption secret(String name, String label, boolean required) {
        return new SegmentIntegrationOption(name, "password", required, label, label + " (secret).");
    }

    public boolean secret() {
        return "password".equals(type);
    }

    ObjectNode toJson() {
        ObjectNode node = SandboxJson.object();
        node.put("name", name);
        node.put("type", type);
        node.put("required", required);
        node.put("label", label);
        node.put("description", description);
        return node;
    }
}
