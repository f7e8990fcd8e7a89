package io.github.camelsegmentremote.copy;

/** A tracking plan of the target workspace, found by the name of the source's plan. */
public record TrackingPlanRef(String name, String targetTrackingPlanId) {

    @Override
    public String toString() {
        return name;
    }
}
