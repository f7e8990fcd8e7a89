package io.github.camelsegmentremote.copy;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the copy can copy besides the sources themselves (type, slug, name, enabled, settings, labels and schema
 * settings, always copied), each on or off by default. Items below a destination need {@link #destinations}.
 */
public enum CopyItem {
    /** Connect each source to the tracking plan of the same name in the target. On by default. */
    trackingPlanConnections(true),
    /** Create a tracking plan the target lacks, with its rules. Off by default: a tracking plan is shared. */
    trackingPlans(false),
    /** Replace the rules of a target tracking plan that differ. Off by default: a tracking plan is shared. */
    trackingPlanRules(false),
    /** Create or update the destinations of each source. Off by default. */
    destinations(false),
    /** The subscriptions (mappings) of Actions destinations. On by default (with destinations). */
    subscriptions(true),
    /** Destination filters. On by default (with destinations). */
    filters(true),
    /** Transformations of the source, for all its destinations or for one destination type. On by default. */
    transformations(true),
    /** Insert function instances on the source and (with destinations) its destinations. On by default. */
    insertFunctions(true),
    /** Connections to the target's warehouse of the same name and type. On by default. */
    warehouseConnections(true);

    private final boolean byDefault;

    CopyItem(boolean byDefault) {
        this.byDefault = byDefault;
    }

    public boolean byDefault() {
        return byDefault;
    }

    /** The items copied by default. */
    public static Set<CopyItem> defaults() {
        Set<CopyItem> items = EnumSet.noneOf(CopyItem.class);
        for (CopyItem item : values()) {
            if (item.byDefault) {
                items.add(item);
            }
        }
        return items;
    }
}
