package org.studyguide.markdown;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.studyguide.cache.CacheKey;
import org.studyguide.model.Ref;

/**
 * A resolver that answers through another and keeps every question asked, in order, with a digest
 * of all the answers. The HTML of a parsed text depends only on the tree and on these answers, so
 * HTML rendered in an earlier build is still right when the same questions, asked of this build's
 * resolver ({@link #answers}), get the same digest. Which questions a text asks depends on its tree
 * alone, never on an answer.
 */
public final class RecordingResolver implements RefResolver {
    private final RefResolver resolver;
    private final List<Question> questions = new ArrayList<>();
    private final CacheKey answers = CacheKey.of("resolver answers, 1");

    /**
     * One question a renderer asked.
     *
     * @param quote true for {@link RefResolver#quote}, false for {@link RefResolver#target}
     */
    public record Question(boolean quote, Ref.Kind kind, String id) {
    }

    /**
     * A text rendered once: the questions its renderer asked, the digest of their answers, and the
     * HTML as UTF-8. A build with a cache holds every text's renders until it stores them, and HTML
     * with a typographic quotation mark would take two bytes a character as a Java string.
     */
    public record Rendered(List<Question> questions, byte[] answers, byte[] utf8) {
        /** A render of {@code html}. */
        public static Rendered of(List<Question> questions, byte[] answers, String html) {
            return new Rendered(questions, answers, html.getBytes(StandardCharsets.UTF_8));
        }

        /** The HTML. */
        public String html() {
            return new String(utf8, StandardCharsets.UTF_8);
        }
    }

    /** A recorder of the questions asked of {@code resolver}. */
    public RecordingResolver(RefResolver resolver) {
        this.resolver = resolver;
    }

    /** The digest of the answers that {@code resolver} gives to {@code questions}. */
    public static byte[] answers(List<Question> questions, RefResolver resolver) {
        RecordingResolver replay = new RecordingResolver(resolver);
        for (Question question : questions) {
            if (question.quote()) {
                replay.quote(question.id());
            } else {
                replay.target(question.kind(), question.id());
            }
        }
        return replay.answers.digest();
    }

    /** What was rendered with this recorder: its questions and answers, and {@code html}. */
    public Rendered rendered(String html) {
        return Rendered.of(List.copyOf(questions), answers.digest(), html);
    }

    @Override
    public Optional<Target> target(Ref.Kind kind, String id) {
        Optional<Target> target = resolver.target(kind, id);
        ask(new Question(false, kind, id));
        add(target);
        return target;
    }

    @Override
    public Optional<QuoteFigure> quote(String id) {
        Optional<QuoteFigure> figure = resolver.quote(id);
        ask(new Question(true, Ref.Kind.QUOTE, id));
        add(figure);
        return figure;
    }

    private void ask(Question question) {
        questions.add(question);
        answers.add(question.quote() ? "quote" : "target").add(question.kind().prefix()).add(question.id());
    }

    /**
     * Adds an answer field by field, whatever fields its records have, so that a field added to an
     * answer later cannot be forgotten here. Answers are records of texts and optional parts.
     */
    private void add(Object answer) {
        if (answer instanceof String text) {
            answers.add(text);
        } else if (answer instanceof Optional<?> optional) {
            answers.add(optional.isPresent() ? "present" : "absent");
            optional.ifPresent(this::add);
        } else if (answer instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                add(component(record, component));
            }
        } else {
            throw new IllegalStateException("an answer holds an unexpected " + answer.getClass());
        }
    }

    private static Object component(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
