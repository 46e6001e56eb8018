/* Glossary pop-ups, second stage, loaded by popups.js on the first hover, focus or tap on a term
 * (a.term, a.ref-term, abbr) or a person's name (a.person, a.ref-person, span.person): shows the
 * term's expansion and definition, or the person's roles and description, with a link to the entry.
 * ARIA: role=tooltip, named by the term's aria-describedby while shown; not a dialog, as focus
 * stays on the term (already a link to the entry), so the pop-up's own link is out of tab order.
 * Escape hides it; the pointer may move onto it; it goes below the term's line, or above when
 * there is no room, never over it. Data: terms.js, loaded on first use. See README. */
(() => {
  "use strict";
  const here = document.currentScript && document.currentScript.src;
  if (!here) return;
  const GAP = 6, MARGIN = 8;
  let popup, current, wanted, dismissed, spellings, requested, openAtPress, showTimer, hideTimer;
  const terms = () => window.studyguideTerms;
  const PAGES = { "glossary.html": "the glossary", "people.html": "People" };

  const triggerOf = (node) => node instanceof Element && !(popup && popup.contains(node))
      ? node.closest("a.term, a.ref-term, a.person, a.ref-person")
        || node.closest("abbr[title], abbr[data-title], span.person[title], span.person[data-title]") : null;

  /* The entry a trigger stands for: its page ("glossary.html" or "people.html") and id. */
  const entryOf = (trigger) => {
    if (trigger.tagName === "A") {
      const url = new URL(trigger.href, location.href);
      const page = url.pathname.split("/").pop();
      return PAGES[page] && url.hash ? { page, id: decodeURIComponent(url.hash.slice(1)) } : null;
    }
    if (trigger.dataset.person) return { page: "people.html", id: trigger.dataset.person };
    if (!spellings) {
      spellings = new Map();
      for (const [id, term] of Object.entries(terms())) term.spellings.forEach((s) => spellings.has(s) || spellings.set(s, id));
    }
    const id = spellings.get(trigger.textContent.trim());
    return id ? { page: "glossary.html", id } : null;
  };

  const dataOf = (entry) => entry && (entry.page === "people.html" ? window.studyguidePeople : terms())?.[entry.id];

  const build = () => {
    popup = document.createElement("div");
    popup.id = popup.className = "term-popup";
    popup.setAttribute("role", "tooltip");
    popup.innerHTML = '<div id="term-popup-text"><p class="term-popup-head"><strong></strong><span></span></p>'
        + '<p class="term-popup-definition"></p></div><p class="term-popup-foot"><a tabindex="-1">Full entry in the glossary</a></p>';
    document.body.append(popup);
  };

  /* Below the term's lines if the pop-up fits there or there is more room there, else above. */
  const place = () => {
    const style = popup.style;
    style.maxHeight = "";
    style.top = style.left = "0px";
    const line = current.getBoundingClientRect();
    const below = innerHeight - line.bottom - GAP - MARGIN, above = line.top - GAP - MARGIN;
    const under = popup.offsetHeight <= below || below >= above;
    const room = Math.max(under ? below : above, 48);
    if (popup.offsetHeight > room) style.maxHeight = room + "px";
    const top = under ? line.bottom + GAP : line.top - GAP - popup.offsetHeight;
    const left = Math.max(MARGIN, Math.min(line.left, document.documentElement.clientWidth - popup.offsetWidth - MARGIN));
    style.top = top + scrollY + "px";
    style.left = left + scrollX + "px";
    popup.classList.toggle("term-popup-above", !under);
  };

  /* Native title tooltips would cover the pop-up: park the titles while it is open. */
  const titles = (trigger, park) => [trigger, ...trigger.querySelectorAll("abbr")].forEach((e) => {
    if (park && e.title) {
      e.dataset.title = e.title;
      e.removeAttribute("title");
    } else if (!park && e.dataset.title) {
      e.title = e.dataset.title;
      delete e.dataset.title;
    }
  });

  /* A pending close is marked on the pop-up (data-closing), so its state can be seen, not timed. */
  const closeSoon = () => {
    hideTimer = setTimeout(close, 300);
    popup.dataset.closing = "";
  };
  const keepOpen = () => {
    clearTimeout(hideTimer);
    if (popup) delete popup.dataset.closing;
  };

  const close = () => {
    clearTimeout(showTimer);
    keepOpen();
    wanted = null;
    if (!current) return;
    titles(current, false);
    current.removeAttribute("aria-describedby");
    current = null;
    popup.hidden = true;
  };

  const open = (trigger) => {
    keepOpen();
    const entry = trigger !== current && entryOf(trigger), term = dataOf(entry);
    if (!term) return;
    close();
    if (!popup) build();
    const [headword, expansion, definition, more] = popup.querySelectorAll("strong, span, .term-popup-definition, a");
    headword.textContent = term.headword;
    expansion.textContent = term.expansion ? ": " + term.expansion : "";
    definition.textContent = term.definition;
    more.href = new URL("../" + entry.page + "#" + encodeURIComponent(entry.id), here).href;
    more.textContent = "Full entry in " + PAGES[entry.page];
    current = trigger;
    titles(trigger, true);
    trigger.setAttribute("aria-describedby", "term-popup-text");
    popup.hidden = false;
    place();
  };

  /* The first request loads terms.js; the pop-up opens once it has, if still wanted. */
  const request = (trigger) => {
    wanted = trigger;
    if (terms()) {
      open(trigger);
    } else if (!requested) {
      requested = true;
      const script = document.createElement("script");
      script.src = new URL("terms.js", here).href;
      script.onload = () => wanted && open(wanted);
      document.head.append(script);
    }
  };

  const on = (type, listener) => document.addEventListener(type, listener);

  on("pointerover", (event) => {
    if (event.pointerType === "touch") return;
    const trigger = triggerOf(event.target);
    if (popup && popup.contains(event.target) || trigger) keepOpen();
    if (trigger && trigger !== dismissed) {
      clearTimeout(showTimer);
      showTimer = setTimeout(() => request(trigger), 100);
    }
  });

  on("pointerout", (event) => {
    const from = triggerOf(event.target) || (popup && popup.contains(event.target) ? popup : null);
    const to = event.relatedTarget;
    if (event.pointerType === "touch" || !from || to && (from.contains(to) || popup?.contains(to) || current?.contains(to))) return;
    clearTimeout(showTimer);
    if (!current) wanted = null;
    if (from === dismissed) dismissed = null;
    if (current && document.activeElement !== current) closeSoon();
  });

  on("focusin", (event) => {
    const trigger = triggerOf(event.target);
    if (trigger === event.target) {
      dismissed = null;
      request(trigger);
    } else if (current && !popup.contains(event.target)) {
      close();
    }
  });

  on("focusout", (event) => {
    if (event.target === current && !current.matches(":hover") && !popup.matches(":hover")) close();
  });

  /* A tap (or a click on a plain abbr) opens the pop-up; a second tap follows the link or closes it. */
  on("pointerdown", (event) => {
    openAtPress = !!current && triggerOf(event.target) === current;
    if (current && !current.contains(event.target) && !popup.contains(event.target)) close();
  });

  on("click", (event) => {
    const trigger = triggerOf(event.target);
    const tap = event.pointerType === "touch" || event.pointerType === undefined && matchMedia("(hover: none)").matches;
    if (!trigger || !tap && trigger.tagName === "A") return;
    dismissed = null;
    if (!tap || !openAtPress) {
      event.preventDefault();
      request(trigger);
    } else if (trigger.tagName !== "A") {
      close();
    }
  });

  on("keydown", (event) => {
    if (event.key === "Escape" && current) {
      dismissed = current;
      close();
    }
  });

  addEventListener("resize", () => current && place());

  /* The term that made popups.js load this script, if the reader is still on it. */
  const start = window.studyguidePopupStart;
  if (start && (start.tap || start.trigger.matches(":hover") || document.activeElement === start.trigger)) {
    request(start.trigger);
  }
})();
