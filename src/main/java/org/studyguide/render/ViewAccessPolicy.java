package org.studyguide.render;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What templates may reach in Java objects: the components of our view records and nothing else.
 * Strings, numbers, lists and maps reach templates as plain Freemarker values, not as Java objects,
 * so they need no members; any other object (a class, a class loader, a file) shows no member at
 * all, so a template cannot climb from its data to code that runs commands or reads files.
 */
final class ViewAccessPolicy implements MemberAccessPolicy {
    private static final String OWN_PACKAGE = "org.studyguide.";

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> type) {
        Set<Method> accessors = isView(type) ? Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getAccessor).collect(Collectors.toUnmodifiableSet()) : Set.of();
        return new ClassMemberAccessPolicy() {
            @Override
            public boolean isMethodExposed(Method method) {
                return accessors.contains(method);
            }

            @Override
            public boolean isConstructorExposed(Constructor<?> constructor) {
                return false;
            }

            @Override
            public boolean isFieldExposed(Field field) {
                return false;
            }
        };
    }

    @Override
    public boolean isToStringAlwaysExposed() {
        return false;
    }

    private static boolean isView(Class<?> type) {
        return type.isRecord() && type.getName().startsWith(OWN_PACKAGE);
    }
}
