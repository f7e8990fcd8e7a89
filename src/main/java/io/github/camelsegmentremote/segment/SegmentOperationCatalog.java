package io.github.camelsegmentremote.segment;

import io.github.camelsegmentremote.client.CloseMatches;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.github.camelsegmentremote.client.PathTemplate;

/**
 * The operations an API family offers, by operationId, read from a table bundled with the component: for the
 * Public API, every operation of Segment's Public API reference with its method, path, and how its answer reads
 * (paged or not, which field of {@code data} holds the result) and the API versions that serve it.
 */
public final class SegmentOperationCatalog {

    /** Segment Public API operations. */
    public static final SegmentOperationCatalog PUBLIC_API = load("Public API", "public-api-operations.tsv");
    /** The legacy Config API operations this component offers (read-only). */
    public static final SegmentOperationCatalog CONFIG_API = load("Config API", "config-api-operations.tsv");

    static final String RESOURCE_DIR = "META-INF/io/github/camelsegmentremote/segment/";

    private final String apiName;
    private final Map<String, SegmentOperation> operations;

    private SegmentOperationCatalog(String apiName, Map<String, SegmentOperation> operations) {
        this.apiName = apiName;
        this.operations = operations;
    }

    public Collection<SegmentOperation> operations() {
        return operations.values();
    }

    public Optional<SegmentOperation> find(String operationId) {
        return Optional.ofNullable(operationId == null ? null : operations.get(operationId.trim()));
    }

    /**
     * The operation named {@code operationId}; an unknown name fails with the closest names, so a typo is a
     * one-glance fix.
     */
    public SegmentOperation require(String operationId) {
        return find(operationId).orElseThrow(() -> new IllegalArgumentException(unknown(operationId)));
    }

    private String unknown(String operationId) {
        StringBuilder sb = new StringBuilder("Unknown Segment ").append(apiName).append(" operation '")
                .append(operationId).append("' (endpoint path or header ").append(SegmentConstants.OPERATION)
                .append(')');
        List<String> close = closest(operationId == null ? "" : operationId.trim());
        sb.append(close.isEmpty() ? "." : ". Did you mean " + String.join(", ", close) + "?");
        sb.append(" The ").append(operations.size()).append(' ').append(apiName)
                .append(" operations are listed in the segment component docs");
        if (this == CONFIG_API) {
            sb.append("; the legacy Config API (apiFamily=config) offers only these read operations: ")
                    .append(String.join(", ", operations.keySet()));
        }
        return sb.toString();
    }

    /** Names within a small edit distance of what was typed, or that contain it, closest first. */
    private List<String> closest(String typed) {
        return CloseMatches.among(operations.keySet(), typed);
    }

    private static SegmentOperationCatalog load(String apiName, String resource) {
        Map<String, SegmentOperation> operations = new LinkedHashMap<>();
        try (InputStream in = SegmentOperationCatalog.class.getClassLoader()
                .getResourceAsStream(RESOURCE_DIR + resource)) {
            if (in == null) {
                throw new IllegalStateException("The segment component jar lacks " + RESOURCE_DIR + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    SegmentOperation operation = parse(line);
                    operations.put(operation.operationId(), operation);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE_DIR + resource, e);
        }
        return new SegmentOperationCatalog(apiName, operations);
    }

    private static SegmentOperation parse(String line) {
        String[] c = line.split("\t", -1);
        List<SegmentApiVersion> versions = c.length < 10 || c[9].isEmpty() ? List.of()
                : Arrays.stream(c[9].split(",")).map(SegmentApiVersion::valueOf).toList();
        return new SegmentOperation(c[0], c[1], PathTemplate.of(c[2]), c[3], c[4], Boolean.parseBoolean(c[5]),
                emptyToNull(c[6]), Boolean.parseBoolean(c[7]), emptyToNull(c[8]), versions);
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
