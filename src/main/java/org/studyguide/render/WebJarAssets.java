package org.studyguide.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Browser libraries that come as WebJars on the class path (declared in {@code pom.xml}), copied
 * into the site's {@code assets/}. The version is read from each WebJar's own Maven metadata, so
 * that upgrading one is a change to {@code pom.xml} alone.
 */
final class WebJarAssets {
    /** The files the site uses: lunr, for the search. */
    private static final List<WebJarFile> FILES = List.of(new WebJarFile("org.webjars.npm", "lunr", "lunr.min.js"));

    private WebJarAssets() {
    }

    /** Adds every library file as {@code assets/<file>}. */
    static void addTo(Map<String, byte[]> files) {
        FILES.forEach(file -> files.put("assets/" + file.name(), file.read()));
    }

    /** One file of one WebJar. */
    private record WebJarFile(String group, String artifact, String name) {
        byte[] read() {
            String path = "META-INF/resources/webjars/" + artifact + "/" + version() + "/" + name;
            return bytes(path);
        }

        private String version() {
            Properties properties = new Properties();
            try (InputStream in = stream("META-INF/maven/" + group + "/" + artifact + "/pom.properties")) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return properties.getProperty("version");
        }

        private byte[] bytes(String path) {
            try (InputStream in = stream(path)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private InputStream stream(String path) {
            InputStream in = WebJarAssets.class.getClassLoader().getResourceAsStream(path);
            if (in == null) {
                throw new IllegalStateException("the WebJar " + group + ":" + artifact + " is not on the class path ("
                        + path + " is missing); it is a dependency in pom.xml");
            }
            return in;
        }
    }
}
