package io.github.camelsegmentremote.copy;

import io.github.camelsegmentremote.segment.SegmentRegion;
import io.github.camelsegmentremote.segment.model.Workspace;

/** A workspace as plans and reports name it: id, slug, name and region. */
public record WorkspaceInfo(String id, String slug, String name, SegmentRegion region) {

    static WorkspaceInfo of(Workspace workspace, SegmentRegion region) {
        return new WorkspaceInfo(workspace.getId(), workspace.getSlug(), workspace.getName(), region);
    }

    @Override
    public String toString() {
        return slug + " (" + region + ", id " + id + ")";
    }
}
