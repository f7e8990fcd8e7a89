package io.github.camelsegmentremote.remote;

import io.github.camelsegmentremote.client.CloseMatches;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every operation of Remote's OpenAPI spec ({@code remote-api.json}), read from
 * {@code META-INF/io/github/camelsegmentremote/remote/remote-operations.tsv}. The file is generated from the spec by a build test, which fails when it no longer matches
 * the spec, so names cannot drift. Look operations up by the component's name ({@code listEmployments}), by the
 * spec's operationId ({@code get_v1_employments}), or by method and path template.
 */
public final class RemoteOperationCatalog {

    /**
     * Where the catalog sits in the jar: the same {@code META-INF/<component package>/} folder as the segment
     * component's catalogs and as the component JSON camel-component-maven-plugin generates.
     */
    static final String RESOURCE = "META-INF/io/github/camelsegmentremote/remote/remote-operations.tsv";
    static final String HEADER = String.join("\t", "name", "operationId", "method", "path", "kind", "items",
            "result", "model", "body", "deprecated", "query", "summary", "accept", "request", "security");

    /** Loaded on first use, so the build's catalog generator can rewrite a stale file through this class. */
    private static final class Loaded {
        static final RemoteOperationCatalog INSTANCE = load();
    }

    private final List<RemoteOperation> operations;
    private final Map<String, RemoteOperation> byName = new LinkedHashMap<>();
    private final Map<String, RemoteOperation> byOperationId = new LinkedHashMap<>();
    private final Map<String, RemoteOperation> byMethodAndPath = new LinkedHashMap<>();

    RemoteOperationCatalog(List<RemoteOperation> operations) {
        this.operations = List.copyOf(operations);
        for (RemoteOperation op : operations) {
            unique(byName, op.name(), op);
            unique(byOperationId, op.operationId(), op);
            unique(byMethodAndPath, op.method() + " " + op.path(), op);
        }
    }

    /** The catalog of the spec this jar was built with. */
    public static RemoteOperationCatalog get() {
        return Loaded.INSTANCE;
    }

    public List<RemoteOperation> operations() {
        return operations;
    }

    /** The operation with this name or spec operationId. */
    public Optional<RemoteOperation> find(String nameOrOperationId) {
        RemoteOperation op = byName.get(nameOrOperationId);
        return Optional.ofNullable(op != null ? op : byOperationId.get(nameOrOperationId));
    }

    /** The operation with exactly this method and path template ({@code GET /v1/employments/{employment_id}}). */
    public Optional<RemoteOperation> find(String method, String pathTemplate) {
        return Optional.ofNullable(byMethodAndPath.get(method.toUpperCase(Locale.ROOT) + " " + pathTemplate));
    }

    /** The operation with this name or operationId, or an error that lists the closest names. */
    public RemoteOperation require(String nameOrOperationId) {
        return find(nameOrOperationId).orElseThrow(() -> new IllegalArgumentException("Unknown Remote operation '"
                + nameOrOperationId + "'." + suggestions(nameOrOperationId) + " Any other call: remote:"
                + RemoteOperation.GENERIC_NAME + "?method=GET&path=/v1/...; the component documentation lists "
                + "all " + operations.size() + " operations."));
    }

    /** Up to five names closest to {@code name} (edit distance, or containing it). */
    public List<String> closeMatches(String name) {
        return CloseMatches.among(operations.stream().map(RemoteOperation::name).toList(), name);
    }

    private String suggestions(String name) {
        List<String> close = closeMatches(name);
        return close.isEmpty() ? "" : " Did you mean " + String.join(", ", close) + "?";
    }

    private static void unique(Map<String, RemoteOperation> index, String key, RemoteOperation op) {
        if (key != null && index.putIfAbsent(key, op) != null) {
            throw new IllegalStateException("Remote operation catalog: '" + key + "' appears twice");
        }
    }

    private static RemoteOperationCatalog load() {
        try (InputStream in = RemoteOperationCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Remote operation catalog " + RESOURCE + " is missing from the "
                        + "classpath");
            }
            return new RemoteOperationCatalog(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Remote operation catalog could not be read", e);
        }
    }

    /** Reads the catalog's tab-separated text: a header line, then one operation per line. */
    static List<RemoteOperation> parse(String tsv) {
        List<RemoteOperation> operations = new ArrayList<>();
        String[] lines = tsv.split("\n");
        if (lines.length == 0 || !lines[0].equals(HEADER)) {
            throw new IllegalStateException("Remote operation catalog: unexpected header " + (lines.length == 0
                    ? "(empty)" : lines[0]));
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] c = lines[i].split("\t", -1);
            if (c.length != 15) {
                throw new IllegalStateException("Remote operation catalog line " + (i + 1) + ": expected 15 "
                        + "columns, found " + c.length);
            }
            operations.add(new RemoteOperation(c[0], c[1], c[2], c[3], RemoteOperation.Kind.parse(c[4]),
                    emptyToNull(c[5]), emptyToNull(c[6]), emptyToNull(c[7]), Boolean.parseBoolean(c[8]),
                    Boolean.parseBoolean(c[9]), c[10].isEmpty() ? List.of() : Arrays.asList(c[10].split(",")),
                    c[11], c[12], emptyToNull(c[13]), RemoteOperation.Security.parse(c[14])));
        }
        return operations;
    }

    /** Writes operations in the format {@link #parse(String)} reads. */
    static String format(List<RemoteOperation> operations) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (RemoteOperation op : operations) {
            sb.append(String.join("\t", op.name(), op.operationId(), op.method(), op.path(), op.kind().toString(),
                    nullToEmpty(op.itemsField()), nullToEmpty(op.resultField()), nullToEmpty(op.model()),
                    String.valueOf(op.hasBody()), String.valueOf(op.deprecated()),
                    String.join(",", op.queryParameters()), op.summary(), op.accept(), nullToEmpty(op.requestType()),
                    op.security().toString())).append('\n');
        }
        return sb.toString();
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
