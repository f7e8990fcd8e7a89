package io.github.camelsegmentremote.segment.model;

/** A Protocols tracking plan ({@code listTrackingPlans}, {@code getTrackingPlan}). */
public class TrackingPlan extends SegmentModel {

    private String id;
    private String name;
    private String slug;
    private String description;
    private String type;
    private String createdAt;
    private String updatedAt;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** LIVE, PROPERTY_LIBRARY, RULE_LIBRARY, TEMPLATE or ENGAGE. */
    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(String createdAt) {
        this.createdAt = createdAt;
    }

    public String getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(String updatedAt) {
        this.updatedAt = updatedAt;
    }

    @Override
    public String toString() {
        return "TrackingPlan[" + name + " (" + id + "), " + type + "]";
    }
}
