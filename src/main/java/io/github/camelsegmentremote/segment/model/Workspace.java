package io.github.camelsegmentremote.segment.model;

/** A Segment workspace ({@code getWorkspace}): the one a Public API token belongs to. */
public class Workspace extends SegmentModel {

    private String id;
    private String slug;
    private String name;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return "Workspace[" + slug + " (" + id + ")]";
    }
}
