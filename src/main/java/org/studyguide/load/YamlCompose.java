package org.studyguide.load;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * A YAML text turned into nodes in one pass of its parser, with {@link YamlPrescan}'s checks run
 * on each event as the node reader takes it, and the same outcome as the prescan followed by a
 * second parse for the nodes: the same problems, and no nodes when one is fatal (the node reader
 * stops at that event, before it would recurse or expand further). When the node reader fails on
 * its own (an undefined alias, a second document), the rest of the events are still checked, as
 * the prescan would have.
 */
final class YamlCompose {
    private YamlCompose() {
    }

    /**
     * What reading a text gave.
     *
     * @param problems the prescan's problems, in order; a fatal one, if any, is the last
     * @param root     the root node; empty for an empty text, a fatal problem or an error
     * @param error    what the node reader or the parser failed with, unless a problem was fatal
     */
    record Result(List<YamlPrescan.Problem> problems, Optional<Node> root, Optional<YamlEngineException> error) {
    }

    /** Checks and composes {@code text}. */
    static Result of(String text, LoadSettings settings) {
        YamlPrescan.Checks checks = new YamlPrescan.Checks();
        CheckedParser parser = new CheckedParser(new ParserImpl(settings, new StreamReader(settings,
                new StringReader(text))), checks);
        try {
            Optional<Node> root = new Composer(settings, parser).getSingleNode();
            return new Result(checks.problems, root, Optional.empty());
        } catch (FatalProblem stop) {
            return new Result(checks.problems, Optional.empty(), Optional.empty());
        } catch (YamlEngineException e) {
            boolean fatal = !parser.broken && parser.drainStopped();
            return new Result(checks.problems, Optional.empty(), fatal ? Optional.empty() : Optional.of(e));
        }
    }

    /** Thrown out of the node reader at a fatal problem. */
    private static final class FatalProblem extends RuntimeException {
        FatalProblem() {
            super(null, null, false, false);
        }
    }

    /** The parser as the node reader sees it: each event it takes is checked first. */
    private static final class CheckedParser implements Parser {
        private final ParserImpl parser;
        private final YamlPrescan.Checks checks;
        /** True once the parser itself failed (a syntax error): it can give no further events. */
        boolean broken;

        CheckedParser(ParserImpl parser, YamlPrescan.Checks checks) {
            this.parser = parser;
            this.checks = checks;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return watched(() -> parser.checkEvent(choice));
        }

        @Override
        public Event peekEvent() {
            return watched(parser::peekEvent);
        }

        @Override
        public boolean hasNext() {
            return watched(parser::hasNext);
        }

        @Override
        public Event next() {
            Event event = watched(parser::next);
            if (checks.stops(event)) {
                throw new FatalProblem();
            }
            return event;
        }

        /** A call to the parser, noting when it fails. */
        private <T> T watched(Supplier<T> call) {
            try {
                return call.get();
            } catch (YamlEngineException e) {
                broken = true;
                throw e;
            }
        }

        /** Checks the events the node reader left, up to a syntax error; true when one was fatal. */
        boolean drainStopped() {
            return checks.stopsIn(() -> parser);
        }
    }
}
