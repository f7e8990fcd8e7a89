package io.github.camelsegmentremote.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A member of a workspace ({@code UserV1}) with one workspace-wide role. */
public record SegmentUser(String id, String name, String email, String roleId, String roleName) {

    ObjectNode toJson(String workspaceId) {
        ObjectNode node = SandboxJson.object();
        node.put("id", id);
        node.put("name", name);
        node.put("email", email);
        ObjectNode permission = node.putArray("permissions").addObject();
        permission.put("roleName", roleName);
        permission.put("roleId", roleId);
        permission.putArray("resources").addObject().put("id", workspaceId).put("type", "WORKSPACE");
        return node;
    }
}
