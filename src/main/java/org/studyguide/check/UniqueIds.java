package org.studyguide.check;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.studyguide.diag.Diagnostics;

/**
 * Ids must be unique within a page, or links to them land on the first one only. When one of the
 * two comes from the author's Markdown (a heading's id is made from its words), the problem is
 * reported at that heading.
 */
final class UniqueIds implements PageCheck {

    @Override
    public void check(Page page, Diagnostics diagnostics) {
        if (!page.idsMayRepeat()) {
            return;
        }
        Map<String, Element> first = new HashMap<>();
        for (Element element : page.elements()) {
            if (element.attributesSize() == 0 || !element.hasAttr("id")) {
                continue;
            }
            String id = element.id();
            Element earlier = id.isEmpty() ? null : first.putIfAbsent(id, element);
            if (earlier == null) {
                continue;
            }
            Element authored = page.authored(element).isPresent() ? element
                    : page.authored(earlier).isPresent() ? earlier : null;
            if (authored != null) {
                diagnostics.error(page.at(authored), "this heading gets the id '" + id + "', which page "
                                + page.path() + " uses twice",
                        "reword the heading: its id is made from its words, and ids must be unique within a page");
            } else {
                diagnostics.error(page.atValue(element, "id"),
                        "page " + page.path() + " has a second element with id '" + id
                                + "' (the first is on line " + page.at(earlier).line() + ")",
                        "ids must be unique within a page; rename one of them");
            }
        }
    }
}
