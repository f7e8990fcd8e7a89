package io.github.camelsegmentremote.segment.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A source's schema settings ({@code listSchemaSettingsInSource}, {@code updateSchemaSettingsInSource}): how
 * Protocols treats unplanned and violating track, identify and group calls, and where it forwards them.
 * <p>
 * Forwarding is on while {@code forwardingViolationsTo} / {@code forwardingBlockedEventsTo} name a source id;
 * an update that omits them turns forwarding off. They are never written as {@code null} or {@code ""}: a blank
 * value is the same as no value. To keep forwarding while changing something else, send the values you read.
 */
public class SchemaSettings extends SegmentModel {

    private TrackSettings track;
    private TraitSettings identify;
    private TraitSettings group;
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private String forwardingViolationsTo;
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private String forwardingBlockedEventsTo;

    public TrackSettings getTrack() {
        return track;
    }

    public void setTrack(TrackSettings track) {
        this.track = track;
    }

    public TraitSettings getIdentify() {
        return identify;
    }

    public void setIdentify(TraitSettings identify) {
        this.identify = identify;
    }

    public TraitSettings getGroup() {
        return group;
    }

    public void setGroup(TraitSettings group) {
        this.group = group;
    }

    /** The source id violations are forwarded to, or null when they are not forwarded. */
    public String getForwardingViolationsTo() {
        return forwardingViolationsTo;
    }

    public void setForwardingViolationsTo(String sourceId) {
        this.forwardingViolationsTo = blankToNull(sourceId);
    }

    /** The source id blocked events are forwarded to, or null when they are not forwarded. */
    public String getForwardingBlockedEventsTo() {
        return forwardingBlockedEventsTo;
    }

    public void setForwardingBlockedEventsTo(String sourceId) {
        this.forwardingBlockedEventsTo = blankToNull(sourceId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Settings for track calls. */
    public static class TrackSettings extends SegmentModel {

        private Boolean allowUnplannedEvents;
        private Boolean allowUnplannedEventProperties;
        private Boolean allowEventOnViolations;
        private Boolean allowPropertiesOnViolations;
        private String commonEventOnViolations;

        public Boolean getAllowUnplannedEvents() {
            return allowUnplannedEvents;
        }

        public void setAllowUnplannedEvents(Boolean allowUnplannedEvents) {
            this.allowUnplannedEvents = allowUnplannedEvents;
        }

        public Boolean getAllowUnplannedEventProperties() {
            return allowUnplannedEventProperties;
        }

        public void setAllowUnplannedEventProperties(Boolean allowUnplannedEventProperties) {
            this.allowUnplannedEventProperties = allowUnplannedEventProperties;
        }

        public Boolean getAllowEventOnViolations() {
            return allowEventOnViolations;
        }

        public void setAllowEventOnViolations(Boolean allowEventOnViolations) {
            this.allowEventOnViolations = allowEventOnViolations;
        }

        public Boolean getAllowPropertiesOnViolations() {
            return allowPropertiesOnViolations;
        }

        public void setAllowPropertiesOnViolations(Boolean allowPropertiesOnViolations) {
            this.allowPropertiesOnViolations = allowPropertiesOnViolations;
        }

        /** ALLOW, BLOCK or OMIT_PROPERTIES. */
        public String getCommonEventOnViolations() {
            return commonEventOnViolations;
        }

        public void setCommonEventOnViolations(String commonEventOnViolations) {
            this.commonEventOnViolations = commonEventOnViolations;
        }
    }

    /** Settings for identify and group calls. */
    public static class TraitSettings extends SegmentModel {

        private Boolean allowUnplannedTraits;
        private Boolean allowTraitsOnViolations;
        private String commonEventOnViolations;

        public Boolean getAllowUnplannedTraits() {
            return allowUnplannedTraits;
        }

        public void setAllowUnplannedTraits(Boolean allowUnplannedTraits) {
            this.allowUnplannedTraits = allowUnplannedTraits;
        }

        public Boolean getAllowTraitsOnViolations() {
            return allowTraitsOnViolations;
        }

        public void setAllowTraitsOnViolations(Boolean allowTraitsOnViolations) {
            this.allowTraitsOnViolations = allowTraitsOnViolations;
        }

        /** ALLOW, BLOCK or OMIT_TRAITS. */
        public String getCommonEventOnViolations() {
            return commonEventOnViolations;
        }

        public void setCommonEventOnViolations(String commonEventOnViolations) {
            this.commonEventOnViolations = commonEventOnViolations;
        }
    }
}
