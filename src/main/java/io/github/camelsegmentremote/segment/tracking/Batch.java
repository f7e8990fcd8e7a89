package io.github.camelsegmentremote.segment.tracking;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.camelsegmentremote.client.ApiException;

/**
 * The messages of one {@code /v1/batch} request. Its body is assembled from the messages' bytes as they were
 * serialised on entry, so the size counted while packing is the size sent: {@code {"batch":[m1,m2,...],
 * "sentAt":"..."}}. Filled under the batcher's lock, then handed to one sender thread.
 */
final class Batch {

    private static final byte[] PREFIX = "{\"batch\":[".getBytes(StandardCharsets.UTF_8);
    private static final String SUFFIX = "],\"sentAt\":\"%s\"}";
    /** Always 24 characters, so the envelope has a fixed size. */
    private static final DateTimeFormatter SENT_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    /** Bytes of the body besides the messages and the commas between them. */
    static final int ENVELOPE_BYTES = PREFIX.length + String.format(SUFFIX, SENT_AT.format(Instant.EPOCH)).length();

    private final int maxMessages;
    private final int maxBytes;
    private final List<PendingMessage> messages = new ArrayList<>();
    private int messageBytes;

    Batch(int maxMessages, int maxBytes) {
        this.maxMessages = maxMessages;
        this.maxBytes = maxBytes;
    }

    /** Packs messages, in order, into as few batches as the limits allow. */
    static List<Batch> pack(List<PendingMessage> messages, int maxMessages, int maxBytes) {
        List<Batch> batches = new ArrayList<>();
        Batch current = null;
        for (PendingMessage message : messages) {
            if (current == null || !current.fits(1, message.message().size())) {
                current = new Batch(maxMessages, maxBytes);
                batches.add(current);
            }
            current.add(message);
        }
        return batches;
    }

    /** Whether {@code count} more messages of {@code bytes} in all fit. */
    boolean fits(int count, long bytes) {
        return messages.size() + count <= maxMessages
                && ENVELOPE_BYTES + messageBytes + bytes + messages.size() + count - 1 <= maxBytes;
    }

    void add(PendingMessage message) {
        messages.add(message);
        messageBytes += message.message().size();
    }

    boolean isFull() {
        return messages.size() >= maxMessages;
    }

    boolean isEmpty() {
        return messages.isEmpty();
    }

    int size() {
        return messages.size();
    }

    /** The request body's size. */
    int bytes() {
        return ENVELOPE_BYTES + messageBytes + Math.max(0, messages.size() - 1);
    }

    List<PendingMessage> messages() {
        return Collections.unmodifiableList(messages);
    }

    /** The request body, stamped with the time it is sent. */
    byte[] body(Instant sentAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes());
        out.writeBytes(PREFIX);
        for (int i = 0; i < messages.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(messages.get(i).message().json());
        }
        out.writeBytes(String.format(SUFFIX, SENT_AT.format(sentAt)).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    void delivered(int status) {
        messages.forEach(m -> m.delivery().delivered(status, messages.size()));
    }

    void failed(ApiException cause) {
        messages.forEach(m -> m.delivery().failed(cause, messages.size()));
    }

    @Override
    public String toString() {
        return "batch of " + messages.size() + " messages (" + bytes() + " bytes)";
    }
}
