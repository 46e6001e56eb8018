package org.studyguide.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Builds the SHA-256 key of a cache entry from the fields that decide an output's bytes. Each
 * field is written with its length first, so that no two different lists of fields give the same
 * stream of bytes ("ab" + "c" is not "a" + "bc").
 */
public final class CacheKey {
    private final MessageDigest digest = sha256();

    private CacheKey() {
    }

    /** A key for one kind of output, such as {@code pdf}; keys of different kinds never meet. */
    public static CacheKey of(String kind) {
        return new CacheKey().add(kind);
    }

    /** Adds a text field, as UTF-8. */
    public CacheKey add(String field) {
        return add(field.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds a field of bytes. */
    public CacheKey add(byte[] field) {
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(field.length).array());
        digest.update(field);
        return this;
    }

    /** The key: the digest of every field added, 32 bytes. */
    public byte[] digest() {
        return digest.digest();
    }

    /** A new SHA-256 digest, which every Java runtime has. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
