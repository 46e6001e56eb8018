// Site-wide enhancements, none needed to read the guide: the theme toggle (remembered in
// localStorage; without a choice the theme follows the system), the chapter list's toggle on
// small screens, the print buttons. Loaded in <head> without defer so the theme applies at once.
(function () {
  'use strict';
  var KEY = 'studyguide-theme';
  var root = document.documentElement;

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

  function themeToggle(tools) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'theme-toggle';
    button.textContent = 'Dark theme';
    function show() { button.setAttribute('aria-pressed', String(effective() === 'dark')); }
    button.addEventListener('click', function () {
      var next = effective() === 'dark' ? 'light' : 'dark';
      root.dataset.theme = next;
      store(next);
      show();
    });
    show();
    tools.appendChild(button);
  }

  function navToggle() {
    var nav = document.querySelector('nav.chapters');
    if (!nav) { return; }
    var list = nav.querySelector('ol');
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'nav-toggle';
    button.textContent = 'Chapters';
    if (list) {
      list.id = list.id || 'chapter-list';
      button.setAttribute('aria-controls', list.id);
    }
    function set(open) {
      nav.classList.toggle('collapsed', !open);
      button.setAttribute('aria-expanded', String(open));
    }
    button.addEventListener('click', function () { set(nav.classList.contains('collapsed')); });
    set(false);
    nav.insertBefore(button, nav.firstChild);
  }

  // Print buttons: hidden without JavaScript, where the browser's own Print does the same.
  function printButtons() {
    document.querySelectorAll('.print-controls button').forEach(function (button) {
      button.hidden = false;
      button.onclick = function () { window.print(); };
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var header = document.querySelector('.site-header');
    if (header) {
      var tools = document.createElement('div');
      tools.className = 'site-tools';
      header.appendChild(tools);
      themeToggle(tools);
    }
    navToggle();
    printButtons();
  });
}());
