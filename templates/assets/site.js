// Site-wide enhancements, none needed to read the guide: the theme toggle (remembered in
// localStorage; without a choice the theme follows the system), the chapter list's toggle on
// small screens and the print buttons. Loaded in <head> without defer, so that the chosen theme and
// the "js" class (which shows the controls, see style.css) apply before first paint and nothing
// moves afterwards.
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

  function navToggle(nav, button) {
    button.addEventListener('click', function () {
      var open = nav.classList.toggle('open');
      button.setAttribute('aria-expanded', String(open));
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var theme = document.querySelector('.theme-toggle');
    if (theme) { themeToggle(theme); }
    var nav = document.querySelector('nav.chapters');
    var button = nav && nav.querySelector('.nav-toggle');
    if (button) { navToggle(nav, button); }
    document.querySelectorAll('.print-controls button').forEach(function (print) {
      print.onclick = function () { window.print(); };
    });
  });
}());
