/* A chapter's "On this page" list: marks the section being read with aria-current="location" as
 * the reader scrolls (an IntersectionObserver on the sections' headings, no scroll handler). Without
 * it the list is a plain list of links. Loaded, deferred, by chapter pages only. See README. */
(() => {
  "use strict";
  const toc = document.querySelector("nav.page-toc");
  if (!toc || !("IntersectionObserver" in window)) return;
  const links = new Map();
  for (const link of toc.querySelectorAll('a[href^="#"]')) {
    const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (heading) links.set(heading, link);
  }
  const headings = [...links.keys()];
  if (!headings.length) return;
  let current = null;

  const mark = (heading) => {
    if (heading === current) return;
    if (current) links.get(current).removeAttribute("aria-current");
    current = heading;
    if (current) links.get(current).setAttribute("aria-current", "location");
  };

  /* The section being read is the last one whose heading has passed the top fifth of the window. */
  const update = () => {
    const line = innerHeight * 0.2;
    let reading = null;
    for (const heading of headings) {
      if (heading.getBoundingClientRect().top <= line) reading = heading;
      else break;
    }
    mark(reading);
  };

  /* Observing only tells when a heading crosses that line; update() then reads where each one is. */
  const observer = new IntersectionObserver(update, { rootMargin: "0px 0px -80% 0px" });
  headings.forEach((heading) => observer.observe(heading));
  toc.addEventListener("click", (event) => {
    const link = event.target instanceof Element && event.target.closest("a");
    const target = link && [...links].find(([, l]) => l === link);
    if (target) mark(target[0]);
  });
  update();
})();
