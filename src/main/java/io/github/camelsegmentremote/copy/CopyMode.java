package io.github.camelsegmentremote.copy;

/** What a copy run does: {@code plan} only reads both workspaces; {@code apply} plans and then makes the changes. */
public enum CopyMode {
    plan,
    apply
}
