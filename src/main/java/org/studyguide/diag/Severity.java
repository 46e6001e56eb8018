package org.studyguide.diag;

/** How bad a problem is: errors fail the build, warnings are reported only. */
public enum Severity {
    ERROR, WARNING;

    /** The word printed after the position, as compilers do. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
