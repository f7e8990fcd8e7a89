package io.github.camelsegmentremote.bench;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.camelsegmentremote.sync.FullRecordMode;

/** The variants by id, in the order the report lists them. */
final class Variants {

    static final List<SyncVariant> ALL = List.of(
            new ShippedRouteVariant(FullRecordMode.never, ShippedRouteVariant.BATCH_SIZE),
            new AnalyticsJavaVariant(), new CamelHttpVariant(), new RawHttpClientFloor(),
            new ShippedRouteVariant(FullRecordMode.never, 500),
            new ShippedRouteVariant(FullRecordMode.changed, ShippedRouteVariant.BATCH_SIZE));
    static final String PROJECT = "camel-segment-remote";
    static final String FLOOR = "floor";

    private static final Map<String, SyncVariant> BY_ID = ALL.stream()
            .collect(Collectors.toMap(SyncVariant::id, Function.identity()));

    private Variants() {
    }

    static SyncVariant byId(String id) {
        SyncVariant variant = BY_ID.get(id);
        if (variant == null) {
            throw new IllegalArgumentException("Unknown variant '" + id + "'; known: " + BY_ID.keySet());
        }
        return variant;
    }
}
