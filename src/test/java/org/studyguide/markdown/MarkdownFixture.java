package org.studyguide.markdown;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.studyguide.diag.Diagnostic;
import org.studyguide.diag.Diagnostics;
import org.studyguide.model.Markdown;
import org.studyguide.model.Position;
import org.studyguide.model.Ref;

/**
 * A small Markdown engine and resolver for spec-style tests: texts start at line 10, column 1 of
 * {@code chapters/a.md}; every id resolves to {@code /<kind>/<id>} except ids starting with
 * {@code missing}.
 */
final class MarkdownFixture {
    static final Path FILE = Path.of("chapters/a.md");

    static final List<Spelling> SPELLINGS = List.of(
            new Spelling("NRC", "NRC", "NATO–Russia Council"),
            new Spelling("NRC", "NATO–Russia Council", "NATO–Russia Council"),
            new Spelling("NATO", "NATO", "North Atlantic Treaty Organization"),
            new Spelling("PJC", "PJC", "Permanent Joint Council"));

    static final GuideMarkdown MARKDOWN = new GuideMarkdown(SPELLINGS);

    static final RefResolver RESOLVER = new RefResolver() {
        @Override
        public Optional<Target> target(Ref.Kind kind, String id) {
            return id.startsWith("missing") ? Optional.empty()
                    : Optional.of(new Target("/" + kind.prefix() + "/" + id, "Label of " + id));
        }

        @Override
        public Optional<QuoteFigure> quote(String id) {
            return id.startsWith("missing") ? Optional.empty()
                    : Optional.of(new QuoteFigure(id, "Words <of> the \"quote\" & more.",
                            Optional.of(new Speaker("Putin", "President", Optional.of("/people.html#putin"))),
                            "Reading <A>", "/sources.html#a", "paragraph 3", "/quotes.html#" + id,
                            id.startsWith("explained") ? Optional.of("<p>What it <em>means</em>.</p>") : Optional.empty()));
        }
    };

    private MarkdownFixture() {
    }

    /** {@code text} as if it started at line 10, column 1 of the chapter file. */
    static Markdown source(String text) {
        return Markdown.at(text, new Position(FILE, 10, 1));
    }

    static ParsedMarkdown parse(String text) {
        return MARKDOWN.parse(source(text), Optional.empty());
    }

    /** The HTML of {@code text}, exactly as rendered. */
    static String render(String text) {
        return MARKDOWN.render(parse(text), RESOLVER);
    }

    /** The HTML of {@code text}, parsed for querying. */
    static Document html(String text) {
        return Jsoup.parseBodyFragment(render(text));
    }

    /** The references of {@code text}; problems go to {@code diagnostics}. */
    static List<RefUse> refs(String text, Diagnostics diagnostics) {
        return MARKDOWN.references(parse(text), diagnostics);
    }

    /** The problems found while listing the references of {@code text}. */
    static List<Diagnostic> problems(String text) {
        Diagnostics diagnostics = new Diagnostics();
        refs(text, diagnostics);
        return diagnostics.sorted();
    }

    static Position at(int line, int column) {
        return new Position(FILE, line, column);
    }
}
