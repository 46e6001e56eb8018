/* Glossary pop-ups, first stage: small enough for every page. On the first hover, focus or tap on
 * a term or a person's name it loads popups-core.js (which loads the definitions, terms.js) and hands it the term; a
 * tap meanwhile opens no link, as the pop-up is what a first tap shows. See README. */
(() => {
  "use strict";
  const here = document.currentScript && document.currentScript.src;
  if (!here) return;
  const types = ["pointerover", "focusin", "click"];
  let script = null;
  const first = (event) => {
    const node = event.target instanceof Element ? event.target : null;
    const trigger = node && (node.closest("a.term, a.ref-term, a.person, a.ref-person")
        || node.closest("abbr[title], span.person[title]"));
    const tap = event.type === "click" && (event.pointerType === "touch" || trigger?.tagName === "ABBR"
        || trigger?.tagName === "SPAN");
    if (!trigger || event.type === "click" && !tap || event.type === "pointerover" && event.pointerType === "touch") return;
    if (tap) event.preventDefault();
    window.studyguidePopupStart = { trigger, tap };
    if (!script) {
      script = document.createElement("script");
      script.src = new URL("popups-core.js", here).href;
      script.onload = () => types.forEach((type) => document.removeEventListener(type, first));
      document.head.append(script);
    }
  };
  types.forEach((type) => document.addEventListener(type, first));
})();
