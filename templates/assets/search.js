/* Site search: shows the box in the header and, on first use, loads the rest as scripts
   (assets/search-core.js, lunr and the guide's index), so search works from disk too. */
(function () {
  'use strict';
  var root = new URL('../', document.currentScript.src), ready;

  function $(id) { return document.getElementById(id); }

  function init() {
    var box = $('site-search'), input = $('search-input');
    if (!box) return;
    if (!('DecompressionStream' in window)) { box.hidden = true; return; }
    input.addEventListener('focus', load);
    input.addEventListener('input', load);
    document.addEventListener('keydown', function (e) {
      var t = e.target;
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      if (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
      e.preventDefault();
      input.focus();
      input.select();
    });
  }

  function load() {
    if (!ready) {
      ready = Promise.all(['assets/lunr.min.js', 'assets/search-index.js', 'assets/search-core.js'].map(script))
        .then(function () { return window.studyguideSearch(root); })
        .catch(function () {
          $('search-message').textContent = $('search-status').textContent = 'Search could not be loaded.';
          $('search-panel').hidden = $('search-message').hidden = false;
        });
    }
  }

  function script(path) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = new URL(path, root).href;
      s.onload = resolve;
      s.onerror = reject;
      document.head.appendChild(s);
    });
  }

  init();
})();
