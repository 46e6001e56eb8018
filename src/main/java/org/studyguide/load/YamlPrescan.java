package org.studyguide.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A pass over a YAML text's parser events, before it is turned into nodes, that finds what the
 * node reader would either crash on or silently accept: nesting deeper than {@link #MAX_DEPTH}
 * (building nodes recurses once per level), more than {@link #MAX_ALIASES} aliases (a few nested
 * aliases can stand for billions of values) and a key given twice in one mapping (the second
 * would silently win). Syntax errors are left to the node reader, which reports them.
 */
public final class YamlPrescan {
    /** Deepest nesting of lists and mappings a YAML file may have. */
    public static final int MAX_DEPTH = 50;
    /** Most aliases ({@code *name}) a YAML file may use. */
    public static final int MAX_ALIASES = 50;

    /**
     * A problem found in the text.
     *
     * @param at      where it is (snakeyaml's 0-based mark)
     * @param earlier where the first of a repeated key is
     * @param fatal   true when the text must not be read any further
     */
    public record Problem(Mark at, String message, String hint, Optional<Mark> earlier, boolean fatal) {
    }

    /** One open mapping: the keys seen so far and whether the next node is a key. */
    private static final class Frame {
        final boolean mapping;
        final Map<String, Mark> keys = new HashMap<>();
        boolean expectKey = true;

        Frame(boolean mapping) {
            this.mapping = mapping;
        }
    }

    private YamlPrescan() {
    }

    /** The problems of {@code text}, in order; a fatal one, if any, is the last. */
    public static List<Problem> scan(String text, LoadSettings settings) {
        Checks checks = new Checks();
        checks.stopsIn(new Parse(settings).parseString(text));
        return checks.problems;
    }

    /**
     * The checks of one text, fed its parser events in order.
     */
    static final class Checks {
        final List<Problem> problems = new ArrayList<>();
        private final Deque<Frame> open = new ArrayDeque<>();
        private int aliases;

        /**
         * Checks {@code events} up to the first fatal problem or syntax error; true when one was fatal.
         * A syntax error is left to the node reader, which reports it with its position.
         */
        boolean stopsIn(Iterable<Event> parse) {
            try {
                Iterator<Event> events = parse.iterator();
                while (events.hasNext()) {
                    if (stops(events.next())) {
                        return true;
                    }
                }
            } catch (YamlEngineException e) {
                // Reported by the node reader.
            }
            return false;
        }

        /** Checks the next event; true when it is a fatal problem (then the last) and the text must be read no further. */
        boolean stops(Event event) {
            Optional<Mark> at = event.getStartMark();
            if (event instanceof NodeEvent && !open.isEmpty()) {
                key(open.peek(), event).ifPresent(problems::add);
            }
            if (event instanceof AliasEvent && ++aliases > MAX_ALIASES && at.isPresent()) {
                problems.add(new Problem(at.get(), "more than " + MAX_ALIASES + " aliases in one file",
                        "write the values out instead of repeating them with *aliases", Optional.empty(), true));
                return true;
            }
            if (event instanceof CollectionStartEvent) {
                open.push(new Frame(event instanceof MappingStartEvent));
                if (open.size() > MAX_DEPTH && at.isPresent()) {
                    problems.add(new Problem(at.get(), "lists and mappings nested more than " + MAX_DEPTH
                            + " levels deep", "a guide's YAML needs only a few levels; check the brackets and"
                            + " indentation here", Optional.empty(), true));
                    return true;
                }
            } else if (event instanceof CollectionEndEvent) {
                open.poll();
            }
            return false;
        }
    }

    /** In a mapping, notes a key and reports it when the mapping already has it. */
    private static Optional<Problem> key(Frame frame, Event event) {
        if (!frame.mapping) {
            return Optional.empty();
        }
        boolean isKey = frame.expectKey;
        frame.expectKey = !frame.expectKey;
        if (!isKey || !(event instanceof ScalarEvent scalar) || event.getStartMark().isEmpty()) {
            return Optional.empty();
        }
        String key = scalar.getValue();
        Mark first = frame.keys.putIfAbsent(key, event.getStartMark().get());
        if (first == null) {
            return Optional.empty();
        }
        return Optional.of(new Problem(event.getStartMark().get(), "key '" + key + "' is given twice in this mapping",
                "keep one of them (otherwise the last would silently win)", Optional.of(first), false));
    }
}
