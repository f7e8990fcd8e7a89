package io.github.camelsegmentremote.segment.tracking;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

import io.github.camelsegmentremote.segment.TrackingCall;

/**
 * The messageIds Segment de-duplicates on: derived from a caller's key, so a replay sends the same id, or random.
 */
public final class MessageIds {

    /** One digest per thread: looking SHA-1 up per message costs more than hashing the message's key. */
    private static final ThreadLocal<MessageDigest> SHA_1 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every Java runtime", e);
        }
    });

    /** Name space of the derived ids (a name-based UUID of this project's URL in the RFC 4122 URL name space). */
    private static final UUID NAMESPACE = nameBased(UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"),
            "https://github.com/camel-segment-remote/camel-segment-remote/segment-message-id");

    private MessageIds() {
    }

    /**
     * A name-based (version 5) UUID of the message type and the key: the same type and key always give the same
     * id, and an identify and a track with the same key do not collide.
     */
    public static String derive(TrackingCall type, String key) {
        return nameBased(NAMESPACE, type.name() + ":" + key).toString();
    }

    public static String random() {
        return UUID.randomUUID().toString();
    }

    private static UUID nameBased(UUID namespace, String name) {
        MessageDigest sha1 = SHA_1.get();
        sha1.reset();
        sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits()).array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bits.getLong(), bits.getLong());
    }
}
