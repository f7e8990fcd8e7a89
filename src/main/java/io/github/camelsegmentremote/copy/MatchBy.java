package io.github.camelsegmentremote.copy;

/**
 * How a source finds its counterpart in the target workspace. Slugs are unique in a workspace; names are not, so
 * matching by name skips sources whose name is ambiguous, and falls back to the slug when no name matches (a
 * source created by an earlier run that stopped before it set the name still has the slug).
 */
public enum MatchBy {
    slug,
    name
}
