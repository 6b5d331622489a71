// One decision per (sku, question): every finding row of that answer shows it. Decisions are kept in localStorage
// across reloads. When the page now shows another answer for that question (a newer run's report), a typed right
// value is kept (it describes the product, whatever the model says now) and a bare verdict is dropped, counted;
// those of answers this page does not show (another --only batch written to the same file) are kept and exported.
// The sku, question and answer come as JSON in their attributes: an HTML parser turns a CR into LF and a NUL into
// U+FFFD in a plain attribute, and the exported label would name another sku. Rows are found through a map by key:
// a filter over every row for each stored decision froze a page of 10,000 findings for over a minute.
const storageKey = 'enrich-review:' + location.pathname;
const keyOf = row => JSON.stringify(JSON.parse(row.dataset.key));
const reviewable = [...document.querySelectorAll('tr.finding[data-reviewable]')];
const known = JSON.parse(document.getElementById('closed-values').textContent);
const rowsOf = new Map();
for (const row of reviewable) rowsOf.set(keyOf(row), [...(rowsOf.get(keyOf(row)) || []), row]);
const shownAnswer = new Map(reviewable.map(row => [keyOf(row), JSON.parse(row.dataset.answer)]));
const decisions = new Map();
function wordsOf(text) {  // as labels.py's phrase_key: lower case, no accents
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').match(/[a-z0-9]+/g) || [];
}
const PLURALS = [['sses', 'ss'], ['oes', 'ao'], ['aes', 'ao'], ['ais', 'al'], ['eis', 'el'], ['uis', 'ul'],
  ['ns', 'm'], ['es', ''], ['s', '']];
function formsOf(word) {  // the word and its singulars, English and pt-BR, as the labels' reader takes them off
  const forms = new Set([word]);
  for (const [end, by] of PLURALS) {
    if (word.length >= end.length + 2 && word.endsWith(end)) forms.add(word.slice(0, -end.length) + by);
  }
  return [...forms];
}
// the values the runs of words name, the longest run first; plurals only of a garment's or a color's words
function valuesNamed({phrases: table, plurals}, words) {
  const named = new Set();
  for (let start = 0; start < words.length;) {
    let taken = 0;
    for (let end = Math.min(words.length, start + 4); end > start && !taken; end--) {
      let keys = [''];
      for (const word of words.slice(start, end)) {
        keys = keys.flatMap(key => (plurals ? formsOf(word) : [word]).map(form => key + form));
      }
      const key = keys.find(key => table[key]);
      if (key) { named.add(table[key]); taken = end - start; }
    }
    start += taken || 1;
  }
  return named;
}
function unknownValue(key, value) {
  // flagged when the words name no value or two ("multicolor", "Blue/White", "Shirt or Jeans"), or deny one ("not
  // red"), as the reader refuses them; one value among other words reads ("Dark Grey", "Camisetas Masculinas")
  const table = known[JSON.parse(key)[1]];
  const words = wordsOf(value);
  if (!table || !words.length || table.phrases[words.join('')]) return false;  // a value's own phrase ("Sem Manga")
  return words.some(word => ['not', 'no', 'non', 'without', 'nao', 'sem'].includes(word)) ||
    valuesNamed(table, words).size !== 1;
}
function sameValue(key, typed, answer) {  // a closed question's synonyms name one value: "Navy Blue" is navy
  if (typed.trim().toLowerCase() === String(answer).trim().toLowerCase()) return true;
  const table = known[JSON.parse(key)[1]];
  if (!table || unknownValue(key, typed) || unknownValue(key, String(answer))) return false;
  const [one] = valuesNamed(table, wordsOf(typed)), [other] = valuesNamed(table, wordsOf(String(answer)));
  return one === other;
}
let dropped = 0, kept = 0, unsaved = false;
for (const [key, d] of JSON.parse(localStorage.getItem(storageKey) || '[]')) {
  const now = shownAnswer.get(key);
  if (!shownAnswer.has(key) || now === d.answer) decisions.set(key, d);
  else if (d.verdict === 'wrong' && (d.value || '').trim()) {  // the typed value: right if the new answer says it
    const same = sameValue(key, d.value, now);
    decisions.set(key, same ? {verdict: 'right', value: '', answer: now} : {...d, answer: now});
    kept += 1;
  } else dropped += 1;
}
function show(key) {
  const decision = decisions.get(key) || {};
  for (const row of rowsOf.get(key) || []) {
    for (const radio of row.querySelectorAll('input[type=radio]')) radio.checked = radio.value === decision.verdict;
    const typed = row.querySelector('input[type=text]');
    typed.value = decision.value || '';
    typed.classList.toggle('unknown', unknownValue(key, typed.value));
  }
}
function decide(row, verdict, value) {
  const key = keyOf(row);
  decisions.set(key, {verdict: verdict, value: value, answer: shownAnswer.get(key)});
  show(key);
  try {
    localStorage.setItem(storageKey, JSON.stringify([...decisions]));
    unsaved = false;
  } catch (error) {  // the browser's storage for local pages is full: the decision lives only until the page closes
    unsaved = true;
  }
  status();
}
function csvField(text) {
  // a cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) stays text behind a quote, and so does one
  // that starts with a quote already, so the reader (enrich/labels.py) drops exactly the quote put here; every
  // cell is quoted, since a spreadsheet that splits at ';' (pt-BR, de, fr) would start a new cell inside one
  if (/^[=+\-@\t\r']/.test(text)) text = "'" + text;
  return '"' + text.replace(/"/g, '""') + '"';
}
function labels() {
  const lines = ['sku,question_id,expected'];
  let withoutValue = 0, unknown = 0;
  for (const [key, d] of decisions) {
    const expected = d.verdict === 'right' ? d.answer : (d.value || '').trim();
    if (!d.verdict || !expected) { withoutValue += d.verdict === 'wrong' ? 1 : 0; continue; }
    unknown += d.verdict === 'wrong' && unknownValue(key, expected) ? 1 : 0;
    lines.push(JSON.parse(key).concat([expected]).map(csvField).join(','));
  }
  return {csv: lines.join('\r\n') + '\r\n', count: lines.length - 1, withoutValue: withoutValue, unknown: unknown};
}
function status() {
  const result = labels();
  const here = [...decisions.keys()].filter(key => shownAnswer.has(key)).length;
  const elsewhere = decisions.size - here;
  document.getElementById('review-status').textContent = here + ' of ' + shownAnswer.size +
    ' answer(s) reviewed' + (elsewhere ? ' (and ' + elsewhere + ' not on this page)' : '') + '; ' +
    result.count + ' label(s) to export' +
    (result.withoutValue ? '; ' + result.withoutValue + ' marked wrong without a value are left out' : '') +
    (result.unknown ? '; ' + result.unknown + ' typed value(s) are no value of their closed question (a synonym ' +
      'is read; other words are refused by enrich audit --labels)' : '') +
    (dropped ? '; ' + dropped + ' earlier verdict(s) dropped: a newer run changed their answer' : '') +
    (kept ? '; ' + kept + ' typed value(s) kept, though a newer run changed their answer' : '') +
    (unsaved ? '; NOT SAVED: this browser\'s storage for local pages is full; export now, and clear old ' +
      'review pages\' data in the browser\'s site settings' : '');
}
reviewable.forEach((row, index) => {
  const typed = row.querySelector('input[type=text]');
  for (const radio of row.querySelectorAll('input[type=radio]')) {
    radio.name = 'review-' + index;  // one group per row: two findings of one audit about one answer are two rows
    radio.addEventListener('change', () => decide(row, radio.value, typed.value));
  }
  typed.addEventListener('input', () => {
    decide(row, typed.value.trim() ? 'wrong' : (decisions.get(keyOf(row)) || {}).verdict, typed.value);
  });
});
document.getElementById('export').addEventListener('click', () => {
  const link = document.getElementById('download');
  link.href = 'data:text/csv;charset=utf-8,' + encodeURIComponent(labels().csv);
  link.hidden = false;
  link.click();
});
for (const key of decisions.keys()) if (rowsOf.has(key)) show(key);
status();
