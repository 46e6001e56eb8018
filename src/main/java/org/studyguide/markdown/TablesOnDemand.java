package org.studyguide.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * The parser part of Flexmark's {@link TablesExtension} (which adds nothing else to a parser), made
 * for a text only when one of its paragraphs holds a {@code |}. Flexmark makes the table
 * pre-processor for every text that has a paragraph, and making it compiles a regular expression:
 * measured, an eighth of the time a build spends on its hundreds of small texts, none of which
 * holds a table. A paragraph without a line that could be a table's header separator (only
 * {@code |}, {@code :}, {@code -} and white space, with a {@code |} and a {@code -}) is no table:
 * Flexmark's pre-processor leaves it as it is, changing nothing, so it is not asked.
 */
final class TablesOnDemand implements ParagraphPreProcessorFactory {
    private final ParagraphPreProcessorFactory tables = TableParagraphPreProcessor.Factory();

    @Override
    public ParagraphPreProcessor apply(ParserState state) {
        return new ParagraphPreProcessor() {
            private ParagraphPreProcessor made;

            @Override
            public int preProcessBlock(Paragraph paragraph, ParserState current) {
                if (!hasSeparatorLike(paragraph)) {
                    return 0;
                }
                if (made == null) {
                    made = tables.apply(state);
                }
                return made.preProcessBlock(paragraph, current);
            }
        };
    }

    /** True when a line of the paragraph (without its block quote markers) could be a header separator. */
    static boolean hasSeparatorLike(Paragraph paragraph) {
        if (paragraph.getChars().indexOf('|') < 0) {
            return false;
        }
        for (BasedSequence line : paragraph.getContentLines()) {
            boolean pipe = false;
            boolean dash = false;
            boolean other = false;
            for (int i = 0; i < line.length() && !other; i++) {
                char c = line.charAt(i);
                pipe |= c == '|';
                dash |= c == '-';
                // The separator's pattern allows only these and \s (space, tab, line breaks, \u000B, \f).
                other = "|:- \t\n\r\u000B\f".indexOf(c) < 0;
            }
            if (pipe && dash && !other) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return tables.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return tables.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
        return tables.affectsGlobalScope();
    }
}
