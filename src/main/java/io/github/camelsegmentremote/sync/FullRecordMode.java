package io.github.camelsegmentremote.sync;

/**
 * When the sync reads an employment's full record ({@code remote:getEmployment}) besides its list item. List items
 * lack some fields (manager, start date, basic information); each full record costs one more Remote request.
 */
public enum FullRecordMode {
    /** Only for employments whose list item changed since the last accepted sync (and on first sight). */
    changed,
    /** For every employment on every run: one detail request per employee. */
    always,
    /** Never: traits come from the list item only; the live webhook path still reads full records. */
    never
}
