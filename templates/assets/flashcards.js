/* Flashcards: turns the list of terms on flashcards.html into a deck of cards, one at a time, with
   flip, previous, next, shuffle and "known" marks kept in localStorage. Without JavaScript the list
   stays as it is. Keys act only while focus is inside the deck: F flips, arrows move, S shuffles,
   K marks the card as known. */
(() => {
  'use strict';
  const root = document.querySelector('.flashcards');
  const list = root && root.querySelector('.card-list');
  if (!list) return;
  const cards = Array.from(list.querySelectorAll('.card'), (card) => ({
    id: card.dataset.term,
    front: card.querySelector('.card-front'),
    back: card.querySelector('.card-back')
  }));
  if (!cards.length) return;

  const storeKey = (root.dataset.store || 'studyguide') + ':flashcards-known';
  const known = new Set(load().filter((id) => cards.some((card) => card.id === id)));
  let order = cards.map((_, i) => i);
  let position = 0;
  let flipped = false;

  function load() {
    try {
      const saved = JSON.parse(localStorage.getItem(storeKey));
      return Array.isArray(saved) ? saved : [];
    } catch (e) {
      return [];
    }
  }

  function save() {
    try {
      localStorage.setItem(storeKey, JSON.stringify(Array.from(known)));
    } catch (e) {
      /* Storage can be unavailable (private windows, some file:// set-ups): marks last for the visit. */
    }
  }

  function make(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function button(className, text, action) {
    const node = make('button', className, text);
    node.type = 'button';
    node.addEventListener('click', action);
    return node;
  }

  const deck = make('div', 'deck');
  deck.setAttribute('role', 'group');
  deck.setAttribute('aria-label', 'Flashcards');
  const face = make('div', 'deck-card');
  face.setAttribute('aria-live', 'polite');
  face.setAttribute('aria-atomic', 'true');
  const controls = make('div', 'deck-controls');
  const previousButton = button('deck-previous', 'Previous', () => move(-1));
  const flipButton = button('deck-flip', 'Show answer', flip);
  const nextButton = button('deck-next', 'Next', () => move(1));
  const shuffleButton = button('deck-shuffle', 'Shuffle', shuffle);
  const knownButton = button('deck-known', 'Known', toggleKnown);
  controls.append(previousButton, flipButton, nextButton, shuffleButton, knownButton);
  const progress = make('p', 'deck-progress');
  const count = make('span', 'deck-known-count');
  const skipLabel = make('label', 'deck-skip');
  const skip = make('input');
  skip.type = 'checkbox';
  skipLabel.append(skip, ' Skip cards marked known');
  const reset = button('deck-reset', 'Clear marks', () => {
    known.clear();
    save();
    renderMarks();
  });
  progress.append(count, ' ', skipLabel, ' ', reset);
  const keys = make('p', 'deck-keys',
    'Keys while the deck has focus: F flips the card, ← and → move, S shuffles, K marks the card known.');
  const entry = make('p', 'deck-entry');
  deck.append(face, entry, controls, progress, keys);
  face.addEventListener('click', flip);
  deck.addEventListener('keydown', onKey);
  list.hidden = true;
  root.prepend(deck);
  render();

  function current() {
    return cards[order[position]];
  }

  function render() {
    const card = current();
    const content = [make('p', 'deck-count', 'Card ' + (position + 1) + ' of ' + cards.length)];
    if (flipped) {
      content.push(backOf(card));
    } else {
      content.push(make('p', 'deck-term', card.front.textContent));
    }
    face.classList.toggle('is-flipped', flipped);
    face.replaceChildren(...content);
    const entryLink = card.back.querySelector('.card-entry a');
    entry.replaceChildren(...(entryLink ? [entryLink.cloneNode(true)] : []));
    flipButton.textContent = flipped ? 'Show term' : 'Show answer';
    renderMarks();
  }

  /* The whole card is the target that flips it, so on the card a link reads as plain text and a
     click meant to flip never navigates; the glossary entry is linked below the card instead. */
  function backOf(card) {
    const back = make('div', 'deck-back');
    back.append(make('p', 'deck-back-term', card.front.textContent));
    Array.from(card.back.childNodes, (node) => back.append(node.cloneNode(true)));
    back.querySelector('.card-entry')?.remove();
    back.querySelectorAll('a').forEach((link) => link.replaceWith(...link.childNodes));
    return back;
  }

  function renderMarks() {
    const isKnown = known.has(current().id);
    face.classList.toggle('is-known', isKnown);
    knownButton.setAttribute('aria-pressed', String(isKnown));
    count.textContent = known.size + ' of ' + cards.length + ' marked known.';
  }

  function flip() {
    flipped = !flipped;
    render();
  }

  function move(step) {
    for (let tries = 0; tries < cards.length; tries++) {
      position = (position + step + cards.length) % cards.length;
      if (!skip.checked || !known.has(current().id)) break;
    }
    flipped = false;
    render();
  }

  function shuffle() {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    position = 0;
    flipped = false;
    if (skip.checked && known.has(current().id)) move(1);
    else render();
  }

  function toggleKnown() {
    const id = current().id;
    if (known.has(id)) known.delete(id);
    else known.add(id);
    save();
    renderMarks();
  }

  function onKey(event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const actions = {
      ArrowLeft: () => move(-1), ArrowRight: () => move(1),
      f: flip, F: flip, s: shuffle, S: shuffle, k: toggleKnown, K: toggleKnown
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }
})();
