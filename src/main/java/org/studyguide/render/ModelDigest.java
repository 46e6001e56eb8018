package org.studyguide.render;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.studyguide.cache.CacheKey;

/**
 * A SHA-256 digest of everything a template can see of a value of its model: a view record by its
 * class and its components (all that {@link ViewAccessPolicy} lets templates reach), a list or map
 * by its size and its elements in order, a string, boolean, number or enum constant by its class and
 * value, a byte string (what a print page's articles add to its key) by its bytes, and {@code null}
 * marked as such. Two values with the same digest look the same to any
 * template. A value of any other type (which a template might see in some other way) has no digest.
 */
final class ModelDigest {
    private static final String OWN_PACKAGE = "org.studyguide.";
    private static final ClassValue<Method[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            return accessors;
        }
    };

    private final MessageDigest digest;
    private final DataOutputStream out;

    private ModelDigest() {
        digest = CacheKey.sha256();
        out = new DataOutputStream(new BufferedOutputStream(new DigestOutputStream(OutputStream.nullOutputStream(),
                digest), 8192));
    }

    /** The digest of {@code value}, or empty when it holds a value of a type this does not know. */
    static Optional<byte[]> of(Object value) {
        ModelDigest model = new ModelDigest();
        try {
            model.add(value);
            model.out.flush();
            return Optional.of(model.digest.digest());
        } catch (Unknown e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(Object value) throws IOException {
        if (value == null) {
            out.writeByte('0');
        } else if (value instanceof String text) {
            out.writeByte('s');
            bytes(text.getBytes(StandardCharsets.UTF_8));
        } else if (value instanceof byte[] bytes) {
            out.writeByte('b');
            bytes(bytes);
        } else if (value instanceof Boolean || value instanceof Number || value instanceof Enum<?>) {
            out.writeByte('v');
            bytes(value.getClass().getName().getBytes(StandardCharsets.UTF_8));
            bytes(value.toString().getBytes(StandardCharsets.UTF_8));
        } else if (value instanceof List<?> list) {
            out.writeByte('l');
            out.writeInt(list.size());
            for (Object element : list) {
                add(element);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte('m');
            out.writeInt(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                add(entry.getKey());
                add(entry.getValue());
            }
        } else if (value instanceof Record record && record.getClass().getName().startsWith(OWN_PACKAGE)) {
            addRecord(record);
        } else {
            throw new Unknown();
        }
    }

    private void addRecord(Record record) throws IOException {
        out.writeByte('r');
        bytes(record.getClass().getName().getBytes(StandardCharsets.UTF_8));
        Method[] accessors = COMPONENTS.get(record.getClass());
        out.writeInt(accessors.length);
        for (Method accessor : accessors) {
            try {
                add(accessor.invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new Unknown();
            }
        }
    }

    private void bytes(byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** A value of a type whose view by templates this cannot vouch for. */
    private static final class Unknown extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unknown() {
            super(null, null, false, false);
        }
    }
}
