/* Site search, loaded by assets/search.js on first use together with lunr and the index:
   the combobox's behaviour over lunr. */
(function () {
  'use strict';
  var LIMIT = 10, CONTEXT = 60, LENGTH = 180, EDGE = /[^\p{L}\p{N}]/u;
  var root, input, panel, list, message, status, index, docs = [], active = -1;

  function $(id) { return document.getElementById(id); }

  /* Called by the loader once lunr, the index and this script are in; root is the site's root URL. */
  window.studyguideSearch = function (siteRoot) {
    root = siteRoot;
    var box = $('site-search');
    input = $('search-input'); panel = $('search-panel'); list = $('search-results');
    message = $('search-message'); status = $('search-status');
    return inflate().then(build).then(function () {
      input.addEventListener('focus', function () { if (list.firstChild) open(); });
      input.addEventListener('input', update);
      input.addEventListener('keydown', keydown);
      box.addEventListener('focusout', function (e) { if (!box.contains(e.relatedTarget)) close(); });
      list.addEventListener('mousedown', function (e) { e.preventDefault(); });
      list.addEventListener('click', function () { close(); input.blur(); });
      update();
    });
  };

  function inflate() {
    var bin = atob(window.studyguideSearchIndex), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate'))).json();
  }

  function build(data) {
    docs = data.documents;
    lunr.tokenizer.separator = /[\s\-\u2010-\u2015\u2018\u2019'"\/]+/;
    index = lunr(function () {
      this.ref('i');
      this.field('title', { boost: 5 });
      this.field('text');
      this.metadataWhitelist = ['position'];
      docs.forEach(function (d, i) { this.add({ i: i, title: d[2], text: d[4] }); }, this);
    });
  }

  /* Every word but a stop word is required; the last one may be unfinished, so it matches as a prefix. */
  function search(text) {
    var tokens = lunr.tokenizer(text).map(function (t) { return lunr.trimmer(t); })
      .filter(function (t) { return t.toString(); });
    var presence = lunr.Query.presence;
    return !tokens.length ? [] : index.query(function (q) {
      tokens.forEach(function (token, i) {
        var stop = !lunr.stopWordFilter(token);
        if (i < tokens.length - 1) {
          if (!stop) q.term(token, { presence: presence.REQUIRED });
        } else {
          if (!stop) q.term(token.clone(), { boost: 10 });
          q.term(lunr.stemmer(token).toString(), { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING,
            presence: stop && tokens.length > 1 ? presence.OPTIONAL : presence.REQUIRED });
        }
      });
    }).slice(0, LIMIT);
  }

  function update() {
    if (!index) return;
    var text = input.value.trim(), hits = text ? search(text) : [];
    list.textContent = '';
    active = -1;
    input.removeAttribute('aria-activedescendant');
    hits.forEach(function (hit, i) { list.appendChild(option(docs[hit.ref], hit.matchData.metadata, i)); });
    message.textContent = text && !hits.length ? 'No results for “' + text + '”.' : '';
    status.textContent = !text ? '' : hits.length ? hits.length + (hits.length === 1 ? ' result.' : ' results.')
      : message.textContent;
    if (text) open(); else close();
  }

  function option(doc, metadata, i) {
    var spans = { title: [], text: [] };
    Object.keys(metadata).forEach(function (term) {
      Object.keys(metadata[term]).forEach(function (field) {
        spans[field] = spans[field].concat(metadata[term][field].position || []);
      });
    });
    var a = document.createElement('a');
    a.id = 'search-result-' + i;
    a.className = 'search-result';
    a.href = new URL(doc[1], root).href;
    a.tabIndex = -1;
    a.setAttribute('role', 'option');
    a.setAttribute('aria-selected', 'false');
    a.appendChild(part('search-kind search-kind-' + doc[0], document.createTextNode(doc[0])));
    a.appendChild(part('search-title', marked(doc[2], spans.title, 0, doc[2].length)));
    if (doc[3]) a.appendChild(part('search-where', document.createTextNode(doc[3])));
    a.appendChild(part('search-snippet', snippet(doc[4], spans.text)));
    return a;
  }

  function part(className, content) {
    var span = document.createElement('span');
    span.className = className;
    span.appendChild(content);
    return span;
  }

  /* About LENGTH characters of the text around the first match, cut at spaces. */
  function snippet(text, spans) {
    spans.sort(function (a, b) { return a[0] - b[0]; });
    var start = spans.length ? Math.max(0, spans[0][0] - CONTEXT) : 0;
    if (start > 0) start = text.indexOf(' ', start) + 1 || start;
    var end = Math.min(text.length, start + LENGTH);
    if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
    var out = marked(text, spans, start, end);
    if (start > 0) out.insertBefore(document.createTextNode('… '), out.firstChild);
    if (end < text.length) out.appendChild(document.createTextNode(' …'));
    return out;
  }

  /* text[start, end) with the matched spans ([position, length]) inside it in <mark>. */
  function marked(text, spans, start, end) {
    var out = document.createDocumentFragment(), at = start;
    spans.slice().sort(function (a, b) { return a[0] - b[0]; }).forEach(function (span) {
      var from = Math.max(span[0], at), to = Math.min(span[0] + span[1], end);
      while (from < to && EDGE.test(text.charAt(from))) from++;
      while (to > from && EDGE.test(text.charAt(to - 1))) to--;
      if (from >= to) return;
      out.appendChild(document.createTextNode(text.slice(at, from)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(from, to);
      out.appendChild(mark);
      at = to;
    });
    out.appendChild(document.createTextNode(text.slice(at, end)));
    return out;
  }

  function keydown(e) {
    var options = list.children;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!options.length) return;
      e.preventDefault();
      open();
      var n = options.length, step = e.key === 'ArrowDown' ? 1 : -1;
      select(active < 0 ? (step > 0 ? 0 : n - 1) : (active + step + n) % n);
    } else if (e.key === 'Enter') {
      if (!options.length || panel.hidden) return;
      e.preventDefault();
      options[Math.max(active, 0)].click();
    } else if (e.key === 'Escape') {
      if (!panel.hidden) close(); else if (input.value) { input.value = ''; update(); } else return;
      e.preventDefault();
    }
  }

  function select(i) {
    var options = list.children;
    if (active >= 0 && options[active]) options[active].setAttribute('aria-selected', 'false');
    active = i;
    options[i].setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', options[i].id);
    options[i].scrollIntoView({ block: 'nearest' });
  }

  function open() {
    if (!input.value.trim()) return;
    panel.hidden = false;
    message.hidden = !message.textContent;
    list.hidden = !list.firstChild;
    input.setAttribute('aria-expanded', String(!list.hidden));
  }

  function close() {
    panel.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  }

})();
