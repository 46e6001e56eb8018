// Live reload for `studyguide serve`. The preview server adds this script to the pages it serves;
// it is never written into the site. It listens for rebuilds and shows build errors over the page.
(function () {
  'use strict';
  var overlay = null;

  function sitePath(pathname) {
    var path = decodeURIComponent(pathname).replace(/^\/+/, '');
    return path === '' || path.charAt(path.length - 1) === '/' ? path + 'index.html' : path;
  }

  // The site files this page has loaded: itself, its stylesheets, scripts, images and data.
  function used() {
    var paths = [sitePath(location.pathname)];
    performance.getEntriesByType('resource').forEach(function (entry) {
      var url = new URL(entry.name);
      if (url.origin === location.origin) {
        paths.push(sitePath(url.pathname));
      }
    });
    return paths;
  }

  // Reload when the page or anything it loaded changed, or to clear the error overlay.
  function affected(changed) {
    var paths = used();
    return overlay !== null || changed.length === 0 || changed.some(function (path) {
      return paths.indexOf(path) >= 0;
    });
  }

  function dismiss() {
    if (overlay !== null) {
      overlay.remove();
      overlay = null;
    }
  }

  function show(report) {
    dismiss();
    overlay = document.createElement('section');
    overlay.className = 'studyguide-live';
    overlay.setAttribute('role', 'alert');
    overlay.setAttribute('aria-labelledby', 'studyguide-live-title');
    var title = document.createElement('h2');
    title.id = 'studyguide-live-title';
    title.textContent = 'The guide has errors';
    var note = document.createElement('p');
    note.textContent = 'This is the last good build. Fix the problems below and save: the page reloads by itself.';
    var text = document.createElement('pre');
    text.textContent = report;
    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Dismiss';
    close.addEventListener('click', dismiss);
    overlay.append(title, note, text, close);
    document.body.append(overlay);
  }

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      dismiss();
    }
  });

  var events = new EventSource('/__studyguide/events');
  events.addEventListener('reload', function (event) {
    if (affected(event.data === '' ? [] : event.data.split('\n'))) {
      location.reload();
    }
  });
  events.addEventListener('problems', function (event) {
    show(event.data);
  });
}());
