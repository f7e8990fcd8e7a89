package io.github.camelsegmentremote.remote;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.github.camelsegmentremote.client.Secret;

/**
 * Remote's webhook signature: {@code X-Remote-Signature} is the lowercase hex HMAC-SHA256, keyed with the webhook
 * callback's signing key, of the raw body followed by {@code ":"} and the {@code X-Remote-Timestamp} header (Unix
 * milliseconds).
 */
public final class RemoteWebhookSignature {

    /** The signature header. */
    public static final String SIGNATURE_HEADER = "X-Remote-Signature";
    /** The timestamp header, Unix milliseconds. */
    public static final String TIMESTAMP_HEADER = "X-Remote-Timestamp";

    private RemoteWebhookSignature() {
    }

    /** The signature Remote sends for {@code body} at {@code timestamp} (to sign test deliveries, say). */
    public static String sign(Secret signingKey, byte[] body, String timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(body);
            mac.update((":" + timestamp).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Whether {@code signature} is the one for {@code body} at {@code timestamp}, compared in constant time. */
    public static boolean matches(Secret signingKey, byte[] body, String timestamp, String signature) {
        byte[] expected = sign(signingKey, body, timestamp).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }
}
