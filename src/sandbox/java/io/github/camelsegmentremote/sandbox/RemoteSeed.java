package io.github.camelsegmentremote.sandbox;

import java.math.BigInteger;
import java.util.Locale;
import java.util.UUID;

/**
 * Deterministic draws and reversible identifiers derived from the sandbox seed, so that a million employments can be
 * generated on demand instead of held in memory: the same {@code (seed, namespace, ordinal)} always gives the same
 * UUID, and a UUID (or short id) can be turned back into its ordinal without any lookup table.
 */
final class RemoteSeed {

    static final int EMPLOYMENT = 1;
    static final int TIMEOFF = 2;
    static final int OFFBOARDING = 3;
    static final int DEPARTMENT = 4;
    static final int CUSTOM_FIELD = 5;
    static final int CUSTOM_FIELD_OPTION = 6;
    static final int COMPANY = 7;
    static final int LEGAL_ENTITY = 8;
    static final int CONTRACT = 9;
    static final int USER = 10;
    static final int WEBHOOK_CALLBACK = 11;
    static final int LEAVE_POLICY = 12;
    static final int OFFBOARDING_CASE = 13;

    // The low 32 bits of a UUID carry (ordinal * ODD + key) mod 2^32: a bijection, so it can be inverted.
    private static final long ODD_MULTIPLIER = 0x9E3779B1L;
    private static final long ODD_INVERSE = inverseMod2Pow32(ODD_MULTIPLIER);
    private static final long LOW_32 = 0xFFFF_FFFFL;

    // Short ids are six base-36 characters holding an affine bijection of the ordinal modulo 36^6.
    private static final long SHORT_ID_SPACE = 2_176_782_336L;
    private static final long SHORT_ID_MULTIPLIER = 1_234_567_891L;
    private static final long SHORT_ID_INVERSE = BigInteger.valueOf(SHORT_ID_MULTIPLIER)
            .modInverse(BigInteger.valueOf(SHORT_ID_SPACE)).longValueExact();
    private static final int SHORT_ID_LENGTH = 6;

    private final long seed;

    RemoteSeed(long seed) {
        this.seed = mix(seed ^ 0x5EED_5A4D_B0C5L);
    }

    /** A well-mixed 64-bit value for one attribute ({@code salt}) of one item. */
    long draw(int namespace, int ordinal, int salt) {
        return mix(seed + namespace * 0xD1B5_4A32_D192_ED03L + ordinal * 0x9E37_79B9_7F4A_7C15L
                + salt * 0x8CB9_2BA7_2F3D_8DD7L);
    }

    /** A uniform draw in {@code [0, bound)}. */
    int pick(int namespace, int ordinal, int salt, int bound) {
        return (int) Math.floorMod(draw(namespace, ordinal, salt), (long) bound);
    }

    String uuid(int namespace, int ordinal) {
        long high = draw(namespace, ordinal, -1);
        long low = draw(namespace, ordinal, -2);
        high = (high & ~0xF000L) | 0x4000L;
        long tail = (ordinal * ODD_MULTIPLIER + key(namespace)) & LOW_32;
        low = (low & 0x3FFF_FFFF_0000_0000L) | 0x8000_0000_0000_0000L | tail;
        return new UUID(high, low).toString();
    }

    /** The ordinal a {@link #uuid(int, int)} was made from, or -1 if the text is not one of this seed's ids. */
    int ordinal(int namespace, String uuid) {
        if (uuid == null || uuid.length() != 36) {
            return -1;
        }
        long low;
        try {
            low = UUID.fromString(uuid).getLeastSignificantBits();
        } catch (IllegalArgumentException e) {
            return -1;
        }
        long ordinal = (((low & LOW_32) - key(namespace)) * ODD_INVERSE) & LOW_32;
        if (ordinal > Integer.MAX_VALUE) {
            return -1;
        }
        return uuid(namespace, (int) ordinal).equalsIgnoreCase(uuid) ? (int) ordinal : -1;
    }

    String shortId(int ordinal) {
        long value = Math.floorMod(ordinal * SHORT_ID_MULTIPLIER + key(EMPLOYMENT), SHORT_ID_SPACE);
        String text = Long.toString(value, 36).toUpperCase(Locale.ROOT);
        return "0".repeat(SHORT_ID_LENGTH - text.length()) + text;
    }

    /** The ordinal a {@link #shortId(int)} was made from, or -1. */
    int shortIdOrdinal(String shortId) {
        if (shortId == null || shortId.length() != SHORT_ID_LENGTH) {
            return -1;
        }
        long value;
        try {
            value = Long.parseLong(shortId, 36);
        } catch (NumberFormatException e) {
            return -1;
        }
        long ordinal = BigInteger.valueOf(value - key(EMPLOYMENT)).multiply(BigInteger.valueOf(SHORT_ID_INVERSE))
                .mod(BigInteger.valueOf(SHORT_ID_SPACE)).longValue();
        return ordinal > Integer.MAX_VALUE ? -1 : (int) ordinal;
    }

    private long key(int namespace) {
        return draw(namespace, 0, -3) & LOW_32;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }

    private static long inverseMod2Pow32(long odd) {
        long inverse = odd;
        for (int i = 0; i < 5; i++) {
            inverse *= 2 - odd * inverse;
        }
        return inverse & LOW_32;
    }
}
