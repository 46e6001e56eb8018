package org.studyguide.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Callouts in GitHub's alert syntax: a block quote whose first line is {@code [!NOTE]} (or another
 * {@link CalloutKind}), optionally followed by a title, renders as an {@code <aside class="callout
 * callout--note" role="note">} headed by its title.
 *
 * <pre>
 * &gt; [!CORRECTION] What the Act said
 * &gt; The reading says ...; in fact ...
 * </pre>
 *
 * Flexmark's admonition extension uses another syntax ({@code !!! note}), hence this one. The
 * parser part is {@link CalloutPostProcessor}, the renderer part {@link CalloutRenderer}; a marker
 * naming no kind is left for the link stage to report ({@link MarkdownChecks}).
 */
public final class CalloutExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private CalloutExtension() {
    }

    /** The extension, to pass to a parser's and a renderer's builder. */
    public static CalloutExtension create() {
        return new CalloutExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // No options: the kinds are fixed.
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new CalloutPostProcessor.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // No options.
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new CalloutRenderer());
    }
}
