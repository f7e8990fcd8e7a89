package io.github.camelsegmentremote.remote;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Reads a webhook delivery's body as raw bytes, never more than the limit: a declared {@code Content-Length} over
 * the limit is refused before a byte is read, and a body without one (chunked) is read up to limit + 1 bytes and
 * refused there. The HTTP engine must hand over the body as a stream (camel-platform-http's {@code useStreaming});
 * no String is ever made of an unverified body.
 */
public final class RemoteWebhookBody {

    private RemoteWebhookBody() {
    }

    /** Thrown when the body is over the limit. */
    static final class TooLarge extends Exception {
        TooLarge(String message) {
            super(message, null, false, false);
        }
    }

    /** The body's bytes, at most {@code limit} of them. */
    static byte[] read(Exchange exchange, int limit) throws TooLarge, IOException {
        Message message = exchange.getMessage();
        Long declared = declaredLength(message);
        if (declared != null && declared > limit) {
            throw new TooLarge("Content-Length " + declared + " is larger than " + limit + " bytes");
        }
        // The raw request stream, not a copy of all of it in Camel's stream cache.
        exchange.setProperty(Exchange.DISABLE_HTTP_STREAM_CACHE, true);
        Object body = message.getBody();
        if (body == null) {
            return new byte[0];
        }
        if (body instanceof byte[] bytes) {
            return checked(bytes.length, limit, bytes);
        }
        InputStream in = message.getBody(InputStream.class);
        if (in == null) {
            byte[] bytes = message.getBody(byte[].class);
            return bytes == null ? new byte[0] : checked(bytes.length, limit, bytes);
        }
        byte[] bytes = readAtMost(in, limit);
        if (bytes == null) {
            throw new TooLarge("body is larger than " + limit + " bytes (stopped reading at " + (limit + 1L) + ")");
        }
        return bytes;
    }

    /**
     * The stream's bytes, reading at most {@code max} + 1 of them; null when there are more than {@code max} (for
     * an HTTP layer in front of the consumer that enforces the same limit).
     */
    public static byte[] readAtMost(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, 16_384));
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, max + 1L - total))) > 0) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static byte[] checked(int length, int limit, byte[] bytes) throws TooLarge {
        if (length > limit) {
            throw new TooLarge("body of " + length + " bytes is larger than " + limit);
        }
        return bytes;
    }

    private static Long declaredLength(Message message) {
        Object header = message.getHeader(Exchange.CONTENT_LENGTH);
        if (header == null) {
            return null;
        }
        try {
            return Long.parseLong(header.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
