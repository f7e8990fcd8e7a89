package io.github.camelsegmentremote.copy;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One run of the copy: the plan, and in apply mode the report of what was done. Its text form ({@link #toString()})
 * is what the route logs, its JSON form ({@link #toJson()}) what it writes to a file.
 *
 * @param plan   the plan
 * @param report what applying the plan did; null in plan mode
 */
public record CopyRun(CopyPlan plan, CopyReport report) {

    @JsonProperty
    public CopyMode mode() {
        return report == null ? CopyMode.plan : CopyMode.apply;
    }

    public String toJson() {
        return CopyJson.pretty(this);
    }

    /** The plan and, in apply mode, the report as Markdown. */
    public String toMarkdown() {
        return report == null ? plan.toMarkdown() : plan.toMarkdown() + '\n' + report.toMarkdown();
    }

    public String toText() {
        return report == null ? plan.toText() : plan.toText() + '\n' + report.toText();
    }

    @Override
    public String toString() {
        return toText();
    }
}
