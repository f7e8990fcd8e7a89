package io.github.camelsegmentremote.copy;

/**
 * One difference between a source (or destination) and its counterpart in the target: the field, its value in
 * the target ({@code from}, null when absent or when the counterpart is created) and the value it gets.
 *
 * @param scope which call applies it
 */
public record FieldChange(Scope scope, String field, Object from, Object to) {

    /** Which call of the apply step makes the change. */
    public enum Scope {
        /** createSource / updateSource: name, enabled, slug, settings. */
        source,
        /** replaceLabelsInSource (after createLabel for labels the target lacks). */
        labels,
        /** addSourceToTrackingPlan. */
        trackingPlan,
        /** updateSchemaSettingsInSource. */
        schemaSettings,
        /** createDestination / updateDestination. */
        destination,
        /** The call of a subscription, filter, transformation, insert function or warehouse connection. */
        item,
        /** createTrackingPlan / replaceRulesInTrackingPlan. */
        trackingPlanRules
    }

    static FieldChange of(Scope scope, String field, Object from, Object to) {
        return new FieldChange(scope, field, from, to);
    }

    /** {@code field: from -> to}, values as compact JSON. */
    public String describe() {
        return field + ": " + show(from) + " -> " + show(to);
    }

    private static String show(Object value) {
        return value == null ? "(none)" : CopyJson.compact(value);
    }

    @Override
    public String toString() {
        return describe();
    }
}
