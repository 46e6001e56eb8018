/* Filters for the quotations and timeline pages. The stylesheet shows each form.filters only when
 * JavaScript runs (html.js), so that without it every card stays visible and unfiltered. Each select names, in
 * data-filter, a data attribute of the cards holding a space-separated list of ids; a card stays
 * visible when, for every select with a value, its list contains that value. Groups left without
 * a visible card are hidden too, and the form's status line (role=status) says how many remain. */
(() => {
  "use strict";
  for (const form of document.querySelectorAll("form.filters")) {
    const items = [...document.querySelectorAll(form.dataset.items)];
    const groups = [...document.querySelectorAll(form.dataset.groups)];
    const selects = [...form.querySelectorAll("select[data-filter]")];
    const status = form.querySelector(".filter-status");
    const matches = (item, select) => !select.value
        || (item.dataset[select.dataset.filter] || "").split(" ").includes(select.value);
    const apply = () => {
      let shown = 0;
      for (const item of items) {
        item.hidden = !selects.every((select) => matches(item, select));
        shown += item.hidden ? 0 : 1;
      }
      for (const group of groups) {
        group.hidden = items.every((item) => item.hidden || !group.contains(item));
      }
      status.textContent = shown === items.length
          ? `Showing all ${items.length} ${form.dataset.noun}.`
          : `Showing ${shown} of ${items.length} ${form.dataset.noun}.`;
    };
    form.addEventListener("change", apply);
    form.addEventListener("submit", (event) => event.preventDefault());
    form.addEventListener("reset", (event) => {
      event.preventDefault();
      selects.forEach((select) => { select.value = ""; });
      apply();
    });
    apply();
  }
})();
