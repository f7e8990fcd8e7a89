package io.github.camelsegmentremote.segment;

import io.github.camelsegmentremote.client.Pagination;

/**
 * Which Segment configuration API an endpoint calls: the Public API, or the legacy Config API
 * ({@code platform.segmentapis.com/v1beta}, read-only here) that older tokens still use.
 */
public enum SegmentApiFamily {

    PUBLIC("pagination.cursor", "id"),
    CONFIG("page_token", "name");

    /** The legacy Config API's host, the same for every region. */
    static final String CONFIG_API_URL = "https://platform.segmentapis.com";

    private final String cursorParameter;
    private final String idField;

    SegmentApiFamily(String cursorParameter, String idField) {
        this.cursorParameter = cursorParameter;
        this.idField = idField;
    }

    /** The query parameter that selects a page. */
    String cursorParameter() {
        return cursorParameter;
    }

    /** The field that identifies a listed item (the Config API names resources by path). */
    String idField() {
        return idField;
    }

    Pagination pagination(String itemsField) {
        return this == PUBLIC ? Pagination.segmentCursor(itemsField) : Pagination.configApiToken(itemsField);
    }

    String baseUrl(SegmentRegion region) {
        return this == PUBLIC ? region.publicApiUrl() : CONFIG_API_URL;
    }

    SegmentOperationCatalog catalog() {
        return this == PUBLIC ? SegmentOperationCatalog.PUBLIC_API : SegmentOperationCatalog.CONFIG_API;
    }
}
