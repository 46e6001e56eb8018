// Site-wide enhancements, none needed to read the guide: the theme toggle (remembered in
// localStorage; without a choice the theme follows the system), the chapter drawer on small
// screens, the current chapter scrolled into view in the list, the search box's keyboard hint and
// the print buttons. Loaded in <head> without defer, so that the chosen theme and the "js" class
// (which shows the controls, see style.css) apply before first paint and nothing moves afterwards.
(function () {
  'use strict';
  var KEY = 'studyguide-theme';
  var root = document.documentElement;
  root.classList.add('js');

  function stored() {
    try { return localStorage.getItem(KEY); } catch (e) { return null; }
  }
  function store(theme) {
    try { localStorage.setItem(KEY, theme); } catch (e) { /* private mode: the choice lasts this page only */ }
  }
  function effective() {
    if (root.dataset.theme) { return root.dataset.theme; }
    return window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  var chosen = stored();
  if (chosen === 'dark' || chosen === 'light') { root.dataset.theme = chosen; }

  function themeToggle(button) {
    function show() { button.setAttribute('aria-pressed', String(effective() === 'dark')); }
    button.addEventListener('click', function () {
      var next = effective() === 'dark' ? 'light' : 'dark';
      root.dataset.theme = next;
      store(next);
      show();
    });
    show();
  }

  // On phones the chapter list is a drawer under the header; Escape closes it and gives focus back.
  function navToggle(nav, button) {
    function show(open) {
      nav.classList.toggle('open', open);
      button.setAttribute('aria-expanded', String(open));
    }
    button.addEventListener('click', function () { show(!nav.classList.contains('open')); });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && nav.classList.contains('open')) {
        show(false);
        button.focus();
      }
    });
  }

  // "(press /)" only where there is a keyboard to press it on (a fine pointer that can hover) and the
  // box is wide enough to show it whole (below 64rem the header's box is narrower).
  function searchHint(input) {
    if (window.matchMedia && matchMedia('(hover: hover) and (pointer: fine) and (min-width: 64rem)').matches) {
      input.placeholder = 'Search (press /)';
    }
  }

  // Wide screens: the chapter list scrolls on its own (style.css); start it at the current chapter.
  // Measured once the fonts are in: lines laid out in a fallback font would put it elsewhere.
  function showCurrentChapter(nav) {
    if (document.fonts && document.fonts.ready) {
      document.fonts.ready.then(function () { scrollToCurrent(nav); });
    } else {
      scrollToCurrent(nav);
    }
  }

  function scrollToCurrent(nav) {
    var current = nav.querySelector('[aria-current="page"]');
    if (current && nav.scrollHeight > nav.clientHeight) {
      var box = nav.getBoundingClientRect();
      var shown = Math.min(box.bottom, window.innerHeight) - box.top;
      nav.scrollTop += current.getBoundingClientRect().top - box.top - shown / 3;
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var theme = document.querySelector('.theme-toggle');
    if (theme) { themeToggle(theme); }
    var nav = document.querySelector('nav.chapters');
    var button = document.querySelector('.nav-toggle');
    if (nav && button) { navToggle(nav, button); }
    if (nav) { showCurrentChapter(nav); }
    var input = document.getElementById('search-input');
    if (input) { searchHint(input); }
    document.querySelectorAll('.print-controls button').forEach(function (print) {
      print.onclick = function () { window.print(); };
    });
  });
}());
