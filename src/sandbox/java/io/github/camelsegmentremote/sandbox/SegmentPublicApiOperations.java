package io.github.camelsegmentremote.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Every operation of Segment's Public API (operationId, method, path), read from the operations table of the
 * official SDK 73.2.0 ({@code segment-public-api-operations.tsv}), so that simulated routes use the exact paths.
 */
final class SegmentPublicApiOperations {

    private static final String RESOURCE = "segment-public-api-operations.tsv";
    private static final List<Operation> ALL = load();

    /** One operation of the table. */
    record Operation(String operationId, String method, String path) {
    }

    private SegmentPublicApiOperations() {
    }

    static List<Operation> all() {
        return ALL;
    }

    private static List<Operation> load() {
        InputStream in = SegmentPublicApiOperations.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + RESOURCE);
        }
        List<Operation> operations = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    String[] columns = line.split("\t");
                    operations.add(new Operation(columns[0], columns[1], columns[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + RESOURCE, e);
        }
        return List.copyOf(operations);
    }
}
