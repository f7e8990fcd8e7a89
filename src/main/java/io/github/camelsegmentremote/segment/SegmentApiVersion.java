package io.github.camelsegmentremote.segment;

/** Public API versions, sent as {@code Accept: application/vnd.segment.<version>+json}. */
public enum SegmentApiVersion {
    v1,
    v1beta,
    v1alpha;

    public String mediaType() {
        return "application/vnd.segment." + name() + "+json";
    }
}
