package dev.jsoncontract.maven;

import org.apache.maven.api.plugin.testing.MojoExtension;

/** Reads and sets Mojo fields the way Maven injects them. */
final class MojoExtensionAccess {

    private MojoExtensionAccess() {
    }

    static Object get(Object mojo, String field) throws IllegalAccessException {
        return MojoExtension.getVariableValueFromObject(mojo, field);
    }

    static void set(Object mojo, String field, Object value) throws IllegalAccessException {
        MojoExtension.setVariableValueToObject(mojo, field, value);
    }
}
