package org.studyguide.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.log.Logger;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.studyguide.diag.Diagnostics;
import org.studyguide.diag.IoProblems;
import org.studyguide.html.CharsWriter;
import org.studyguide.model.Position;
import org.studyguide.parallel.Workers;

/**
 * Freemarker, configured once per build (or kept from an earlier build in the same JVM whose
 * templates were the same): HTML auto-escaping, templates looked up first in the
 * guide's own templates folder and then among the built-in ones, and template errors turned into
 * diagnostics at the template's file, line and column.
 */
public final class Templates {
    /** Where the built-in templates live on the class path. */
    static final String BUILT_IN = "org/studyguide/templates";

    static {
        // Freemarker would look for a logging library and start java.util.logging (about 1 % of a
        // small build's CPU time), only to log what the build reports itself as diagnostics, or
        // write Java names and stack traces to the console (a failed #attempt) that a user should
        // not see. Set before any Freemarker class asks for a logger; a value given is kept.
        if (System.getProperty(Logger.SYSTEM_PROPERTY_NAME_LOGGER_LIBRARY) == null) {
            System.setProperty(Logger.SYSTEM_PROPERTY_NAME_LOGGER_LIBRARY, Logger.LIBRARY_NAME_NONE);
        }
    }

    /**
     * The configuration, set up on a thread of its own while the build loads and links the guide:
     * Freemarker's first configuration initialises much of Freemarker (tens of milliseconds, most
     * of it interpreted code), which a small build would otherwise wait for before it loads anything.
     * In a JVM that builds again, it is an earlier build's when the templates are unchanged (see
     * {@link KeptConfigurations}), with the templates that build parsed.
     */
    private final FutureTask<KeptConfigurations.Entry> configuration;
    private final Optional<Path> userDir;
    /** For each template, room for the next page it writes: a little more than the last one took. */
    private final Map<String, Integer> sizes = new ConcurrentHashMap<>();
    private static final int FIRST_SIZE = 8192;

    /** Templates from {@code userDir} (when it exists) over the built-in ones. */
    public Templates(Optional<Path> userDir) {
        this.userDir = userDir.filter(Files::isDirectory);
        Optional<ConfinedTemplateLoader> own = ownLoader(this.userDir);
        configuration = new FutureTask<>(() -> KeptConfigurations.of(this.userDir, own,
                () -> configuration(loader(own))));
        Thread setUp = new Thread(null, configuration, "studyguide-templates", Workers.STACK_BYTES);
        setUp.setDaemon(true);
        setUp.start();
    }

    private static Configuration configuration(TemplateLoader loader) {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(loader);
        configuration.setObjectWrapper(safeWrapper());
        // A guide's templates may come from a stranger: no Java class may be named (?new), no
        // Java API reached (?api), and objects show only their view components (ViewAccessPolicy).
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setLocale(Locale.ROOT);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setNumberFormat("computer");
        return configuration;
    }

    /** The configuration, once its thread has set it up. */
    private KeptConfigurations.Entry configuration() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return configuration.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Optional<ConfinedTemplateLoader> ownLoader(Optional<Path> userDir) {
        return userDir.map(dir -> {
            try {
                return new ConfinedTemplateLoader(dir.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static TemplateLoader loader(Optional<ConfinedTemplateLoader> own) {
        List<TemplateLoader> loaders = new ArrayList<>(own.stream().toList());
        loaders.add(new ClassTemplateLoader(Templates.class.getClassLoader(), BUILT_IN));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }

    private static DefaultObjectWrapper safeWrapper() {
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        builder.setMemberAccessPolicy(new ViewAccessPolicy());
        builder.setExposeFields(false);
        return builder.build();
    }

    /**
     * Renders {@code name} with {@code model}; on a template error reports it at the template's
     * line and column and returns empty.
     */
    public Optional<String> render(String name, Object model, Diagnostics diagnostics) {
        KeptConfigurations.Entry entry = configuration();
        boolean rendered = false;
        try {
            Template template = entry.configuration().getTemplate(name);
            CharsWriter out = new CharsWriter(sizes.getOrDefault(name, FIRST_SIZE));
            try {
                template.process(model, out);
                sizes.put(name, out.length() + out.length() / 8);
                rendered = true;
                return Optional.of(out.toString());
            } finally {
                out.release();
            }
        } catch (ParseException e) {
            diagnostics.error(position(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), name),
                    "template syntax error: " + firstLine(e.getEditorMessage()),
                    "fix the template; Freemarker directives look like <#if x>...</#if> and ${value}");
        } catch (TemplateException e) {
            diagnostics.error(position(e.getTemplateSourceName(), nullToZero(e.getLineNumber()),
                            nullToZero(e.getColumnNumber()), name),
                    "template error: " + plain(e.getMessageWithoutStackTop()),
                    "templates see view records; check the names used near this place");
        } catch (IOException e) {
            diagnostics.error(Position.ofFile(userDir.map(d -> d.resolve(name)).orElse(Path.of(name))),
                    "cannot read template '" + name + "': " + IoProblems.describe(e),
                    "every page type needs its template; copy the built-in one to start from");
        } finally {
            if (!rendered) {
                entry.failed();
            }
        }
        return Optional.empty();
    }

    /**
     * The fingerprint of the guide's own templates, for the keys of finished pages, or empty when
     * a template may show what is not in its model (see {@link TemplateFingerprint}).
     */
    Optional<byte[]> fingerprint() {
        return TemplateFingerprint.of(userDir, this::canonicalForm);
    }

    /** A template's canonical form, or empty when it cannot be read or parsed. */
    private Optional<String> canonicalForm(String name) {
        KeptConfigurations.Entry entry = configuration();
        boolean parsed = false;
        try {
            Optional<String> form = Optional.of(entry.configuration().getTemplate(name).toString());
            parsed = true;
            return form;
        } catch (IOException e) {
            return Optional.empty();
        } finally {
            if (!parsed) {
                entry.failed();
            }
        }
    }

    private Position position(String sourceName, int line, int column, String fallback) {
        String name = sourceName == null ? fallback : sourceName;
        Path file = userDir.map(dir -> dir.resolve(name)).filter(Files::exists)
                .orElse(Path.of("(built-in templates)", name));
        return new Position(file, line, column);
    }

    private static int nullToZero(Integer value) {
        return value == null ? 0 : value;
    }

    /**
     * A Freemarker message without Java in it: a refused {@code ?new} in words, and without the
     * Java objects ({@code freemarker.core.Environment@1a2b}) and wrapper classes some messages name.
     */
    private static String plain(String message) {
        if (message.contains("not allowed in the template for security reasons")) {
            return "templates may not create Java objects: ?new is turned off";
        }
        return firstLine(message).replaceAll("\\b(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*@[0-9a-f]+", "")
                .replaceAll("\\s*\\(wrapper: [^)]*\\)", "").strip();
    }

    /**
     * The gist of a Freemarker message: its first line, joined with the next when the first ends
     * with a colon (as in "The following has evaluated to null or missing: ==> page.titel").
     */
    private static String firstLine(String message) {
        List<String> lines = (message == null ? "" : message).strip().lines()
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (lines.isEmpty()) {
            return "";
        }
        String first = lines.get(0);
        if (first.endsWith(":") && lines.size() > 1) {
            String detail = lines.get(1).replaceFirst("\\s*\\[in template .*$", "");
            return first + " " + detail;
        }
        return first;
    }
}
