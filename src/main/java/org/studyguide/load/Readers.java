package org.studyguide.load;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.studyguide.diag.Diagnostics;
import org.studyguide.diag.Severity;
import org.studyguide.model.Ref;
import org.studyguide.parallel.Workers;

/**
 * The readers of a guide's content files, one per kind of item, run in parallel. Each reports to
 * its own diagnostics, so that a kind whose reading found errors is known (and its references are
 * not reported as unknown) whatever the other readers found at the same time.
 */
final class Readers {
    private final List<Reader<?>> readers = new ArrayList<>();

    private record Reader<T>(Ref.Kind kind, Function<Diagnostics, T> read, Diagnostics found,
            AtomicReference<T> items) {
        void run() {
            items.set(read.apply(found));
        }
    }

    /** Adds the reader of one kind; what it read is given by the supplier once {@link #run} returned. */
    <T> Supplier<T> add(Ref.Kind kind, Function<Diagnostics, T> read) {
        Reader<T> reader = new Reader<>(kind, read, new Diagnostics(), new AtomicReference<>());
        readers.add(reader);
        return reader.items()::get;
    }

    /** Runs every reader, reports what they found and returns the kinds whose reading had errors. */
    Set<Ref.Kind> run(Diagnostics diagnostics) {
        Workers.runAll(readers.stream().<Runnable>map(reader -> reader::run).toList());
        Set<Ref.Kind> incomplete = EnumSet.noneOf(Ref.Kind.class);
        for (Reader<?> reader : readers) {
            reader.found().sorted().forEach(diagnostics::add);
            if (reader.found().count(Severity.ERROR) > 0) {
                incomplete.add(reader.kind());
            }
        }
        return Set.copyOf(incomplete);
    }
}
