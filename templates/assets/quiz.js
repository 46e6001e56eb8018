/* The quotation quiz ("who said it?"): turns the list of quotations on quiz.html into one question at a time. The reader
   names the reading (or the speaker, when the reading quotes someone) and is told at once whether
   that is right; the score is kept in localStorage. Without JavaScript the list stays, each answer
   behind a disclosure. Keys act only while focus is inside the quiz: 1 to 9 answer, N moves on. */
(() => {
  'use strict';
  const root = document.querySelector('.quiz');
  const list = root && root.querySelector('.quiz-list');
  if (!list) return;
  const readings = Array.from(document.querySelectorAll('.quiz-readings [data-reading]'), (item) => ({
    value: item.dataset.reading,
    label: item.querySelector('a').textContent
  }));
  const items = Array.from(list.querySelectorAll('.quiz-item'), (item) => ({
    id: item.dataset.quote,
    reading: item.dataset.reading,
    speaker: item.dataset.speaker || '',
    quote: item.querySelector('blockquote'),
    attribution: item.querySelector('.quiz-answer p')
  }));
  if (!items.length || !readings.length) return;
  const speakers = Array.from(new Set(items.map((item) => item.speaker).filter(Boolean)));
  const storeKey = (root.dataset.store || 'studyguide') + ':quiz-score';
  const score = load();
  const order = shuffled(items.map((_, i) => i));
  let position = 0;
  let answered = false;
  let choices = [];
  let expected = '';

  function load() {
    try {
      const saved = JSON.parse(localStorage.getItem(storeKey));
      if (saved && saved.right >= 0 && saved.answered >= saved.right) return saved;
    } catch (e) {
      /* Unreadable or unavailable storage: start from zero. */
    }
    return { right: 0, answered: 0 };
  }

  function save() {
    try {
      localStorage.setItem(storeKey, JSON.stringify(score));
    } catch (e) {
      /* Storage can be unavailable (private windows, some file:// set-ups): the score lasts for the visit. */
    }
  }

  function shuffled(array) {
    for (let i = array.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [array[i], array[j]] = [array[j], array[i]];
    }
    return array;
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

  const box = make('div', 'quiz-box');
  const question = make('div', 'quiz-question');
  question.tabIndex = -1;
  const prompt = make('p', 'quiz-prompt');
  prompt.id = 'quiz-prompt';
  const choiceGroup = make('div', 'quiz-choices');
  choiceGroup.setAttribute('role', 'group');
  choiceGroup.setAttribute('aria-labelledby', 'quiz-prompt');
  const feedback = make('div', 'quiz-feedback');
  feedback.setAttribute('role', 'status');
  const scoreLine = make('p', 'quiz-score');
  const controls = make('div', 'quiz-controls');
  controls.append(button('quiz-next', 'Next question', () => next(true)),
    button('quiz-reset', 'Reset score', () => {
      score.right = 0;
      score.answered = 0;
      save();
      renderScore();
    }));
  const keys = make('p', 'quiz-keys',
    'Keys while the quiz has focus: the number of an answer chooses it, N goes to the next question.');
  box.append(question, prompt, choiceGroup, feedback, scoreLine, controls, keys);
  box.addEventListener('keydown', onKey);
  list.hidden = true;
  list.before(box);
  show();
  renderScore();

  function show() {
    const item = items[order[position]];
    answered = false;
    box.dataset.quote = item.id;
    const bySpeaker = item.speaker && speakers.length >= 3;
    choices = bySpeaker ? speakerChoices(item) : readings;
    expected = bySpeaker ? item.speaker : item.reading;
    question.replaceChildren(make('p', 'quiz-count', 'Question ' + (position + 1) + ' of ' + items.length),
      item.quote.cloneNode(true));
    prompt.textContent = bySpeaker ? 'Who is speaking?' : 'Which reading is it from?';
    choiceGroup.replaceChildren(...choices.map((choice, i) => {
      const node = button('quiz-choice', '', () => answer(i));
      node.append(make('span', 'quiz-number', String(i + 1)), ' ', make('span', 'quiz-label', choice.label));
      return node;
    }));
    feedback.replaceChildren();
  }

  function speakerChoices(item) {
    const others = shuffled(speakers.filter((speaker) => speaker !== item.speaker)).slice(0, 3);
    return shuffled([item.speaker, ...others]).map((speaker) => ({ value: speaker, label: speaker }));
  }

  function answer(index) {
    if (answered || !choices[index]) return;
    answered = true;
    const item = items[order[position]];
    const right = choices[index].value === expected;
    score.answered++;
    if (right) score.right++;
    save();
    Array.from(choiceGroup.children, (node, i) => {
      const isAnswer = choices[i].value === expected;
      node.setAttribute('aria-disabled', 'true');
      node.classList.toggle('is-answer', isAnswer);
      node.classList.toggle('is-chosen', i === index);
      if (isAnswer) node.append(make('span', 'quiz-mark', ' (the answer)'));
      else if (i === index) node.append(make('span', 'quiz-mark', ' (your choice)'));
    });
    const verdict = make('p', 'quiz-verdict ' + (right ? 'is-right' : 'is-wrong'), right ? 'Right.' : 'Not quite.');
    verdict.append(make('span', 'selftest-sr-only', ' ' + scoreText()));
    const source = make('p', 'quiz-source');
    Array.from(item.attribution.childNodes, (node) => source.append(node.cloneNode(true)));
    feedback.replaceChildren(verdict, source);
    renderScore();
  }

  function next(focus) {
    position++;
    if (position >= order.length) {
      shuffled(order);
      position = 0;
    }
    show();
    if (focus) question.focus();
  }

  function scoreText() {
    return 'Score: ' + score.right + ' of ' + score.answered + '.';
  }

  function renderScore() {
    scoreLine.textContent = scoreText();
  }

  function onKey(event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (/^[1-9]$/.test(event.key) && choices[Number(event.key) - 1]) {
      event.preventDefault();
      answer(Number(event.key) - 1);
    } else if (event.key === 'n' || event.key === 'N') {
      event.preventDefault();
      next(true);
    }
  }
})();
