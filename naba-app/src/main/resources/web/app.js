// naba's page: analyze an article, save it, search the archive, explore entities. No framework, no build step.
'use strict';

const TYPE_NAMES = {PERS: 'أشخاص', LOC: 'أماكن', ORG: 'منظمات', MISC: 'أخرى'};
const TYPE_ONE = {PERS: 'شخص', LOC: 'مكان', ORG: 'منظمة', MISC: 'أخرى'};
const $ = (id) => document.getElementById(id);
const state = {analysis: null, query: {q: '', entity: null, source: null, from: '', to: '', offset: 0}};

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (v !== null && v !== undefined) node.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

async function api(path, options) {
  const response = await fetch(path, options);
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const message = body && body.error ? body.error.message : ('HTTP ' + response.status);
    throw new Error(message);
  }
  return body;
}

function setStatus(text, isError) {
  const s = $('status');
  s.textContent = text;
  s.classList.toggle('error', !!isError);
}

// --- views ---------------------------------------------------------------------------------------------------

function show(view) {
  for (const v of ['analyze', 'explore']) {
    $('view-' + v).classList.toggle('hidden', v !== view);
    $('tab-' + v).classList.toggle('active', v === view);
  }
  if (view === 'explore' && !$('results').children.length) search();
}

document.querySelectorAll('.tab').forEach((b) => b.addEventListener('click', () => show(b.dataset.view)));

async function refreshCount() {
  try {
    const health = await api('/health');
    $('archive-count').textContent = 'في الأرشيف: ' + health.documents.toLocaleString('ar-EG') + ' مقال';
    $('empty-hint').classList.toggle('hidden', health.documents !== 0);
    return health.documents;
  } catch (e) {
    $('archive-count').textContent = '';
    return -1;
  }
}

// --- analyze -------------------------------------------------------------------------------------------------

async function analyze() {
  const text = $('text-input').value;
  if (!text.trim()) {
    setStatus('الصق نص مقال أولًا.', true);
    return;
  }
  setStatus('جارٍ التحليل…');
  $('analyze-btn').disabled = true;
  try {
    const doc = {text: text};
    const title = $('title-input').value.trim();
    if (title) doc.title = title;
    const analysis = await api('/api/analyze', {method: 'POST', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify(doc)});
    state.analysis = analysis;
    render(analysis);
    $('save-btn').disabled = false;
    setStatus('');
    $('analysis').scrollIntoView({block: 'start'});
  } catch (e) {
    setStatus('تعذّر التحليل: ' + e.message, true);
  } finally {
    $('analyze-btn').disabled = false;
  }
}

async function save() {
  if (!state.analysis) return;
  const a = state.analysis;
  $('save-btn').disabled = true;
  setStatus('جارٍ الحفظ…');
  try {
    const doc = {id: a.id && a.id !== 'doc' && a.id !== '' ? a.id : undefined, text: a.text};
    if (a.meta && a.meta.title) doc.title = a.meta.title;
    if (a.meta && a.meta.date) doc.date = a.meta.date;
    if (a.meta && a.meta.source) doc.source = a.meta.source;
    const result = await api('/api/documents', {method: 'POST', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify(doc)});
    setStatus('حُفظ في الأرشيف (المعرّف ' + result.ids[0] + ').');
    $('save-status-id') && ($('save-status-id').textContent = result.ids[0]);
    refreshCount();
    $('results').replaceChildren();
  } catch (e) {
    setStatus('تعذّر الحفظ: ' + e.message, true);
    $('save-btn').disabled = false;
  }
}

function readFile(file) {
  const reader = new FileReader();
  reader.onload = () => {
    let text = String(reader.result);
    const name = file.name.toLowerCase();
    if (name.endsWith('.json') || name.endsWith('.jsonl')) {
      try {
        const first = JSON.parse(text.split('\n').find((l) => l.trim()) || '{}');
        text = first.text || first.content || '';
        $('title-input').value = first.title || '';
      } catch (e) {
        setStatus('الملف ليس JSON صالحًا: ' + e.message, true);
        return;
      }
    }
    $('text-input').value = text;
    analyze();
  };
  reader.onerror = () => setStatus('تعذّرت قراءة الملف.', true);
  reader.readAsText(file, 'utf-8');
}

/** Renders the analyze JSON: text with entities, times and quotations marked, and the side panel. */
function render(a) {
  $('analysis').classList.remove('hidden');
  const text = a.text;
  const mentions = a.mentions || [];
  const entities = a.entities || [];
  const times = a.times || [];
  const quotes = a.quotations || [];
  const cuts = new Set([0, text.length]);
  for (const s of [...mentions, ...times, ...quotes]) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((x, y) => x - y);
  const article = $('article');
  article.replaceChildren();
  if (a.meta && a.meta.title) article.append(el('h2', {}, a.meta.title));
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i], to = points[i + 1];
    const piece = text.slice(from, to);
    const m = mentions.find((x) => x.start <= from && to <= x.end);
    const t = times.find((x) => x.start <= from && to <= x.end);
    const q = quotes.find((x) => x.start <= from && to <= x.end);
    if (!m && !t && !q) { article.append(piece); continue; }
    const classes = [];
    const titles = [];
    if (m) {
      classes.push('ent', 'ent-' + m.type);
      const e = entities[m.entity];
      titles.push(TYPE_ONE[m.type] + ': ' + (e ? e.canonical + (e.latin ? ' (' + e.latin + ')' : '') : m.text));
    }
    if (t) { classes.push('time'); titles.push('القيمة: ' + t.value + (t.resolved === false ? ' (غير محدّد)' : '')); }
    if (q) {
      classes.push('quote');
      titles.push('اقتباس' + (q.speaker ? ' — القائل: ' + (q.speaker.canonical || q.speaker.text) : ''));
    }
    article.append(el('span', {class: classes.join(' '), title: titles.join(' · '),
      'data-type': m ? m.type : null, 'data-value': t ? t.value : null}, piece));
  }
  renderSide(a);
}

function renderSide(a) {
  const side = $('side');
  side.replaceChildren();
  const entities = a.entities || [];
  for (const type of ['PERS', 'LOC', 'ORG', 'MISC']) {
    const list = entities.filter((e) => e.type === type).sort((x, y) => y.mentions.length - x.mentions.length);
    if (!list.length) continue;
    side.append(el('h3', {}, TYPE_NAMES[type]));
    side.append(el('ul', {}, list.map((e) => el('li', {class: 'side-entity'},
      el('button', {class: 'linkish ent ent-' + type, title: e.latin || '',
        onclick: () => openEntity(type + ':' + e.canonical)}, e.canonical),
      el('span', {class: 'n'}, e.mentions.length)))));
  }
  const times = a.times || [];
  if (times.length) {
    side.append(el('h3', {}, 'التواريخ والأوقات'));
    side.append(el('ul', {}, times.map((t) => el('li', {}, el('span', {}, t.text),
      el('span', {class: 'n', dir: 'ltr'}, t.value)))));
  }
  const quantities = a.quantities || [];
  if (quantities.length) {
    side.append(el('h3', {}, 'الكميات'));
    side.append(el('ul', {}, quantities.map((q) => el('li', {}, el('span', {}, q.text),
      el('span', {class: 'n', dir: 'ltr'}, q.value !== null && q.value !== undefined ? q.value + (q.currency ? ' ' + q.currency : '') : '')))));
  }
  const quotes = a.quotations || [];
  if (quotes.length) {
    side.append(el('h3', {}, 'الاقتباسات'));
    side.append(el('ul', {}, quotes.map((q) => el('li', {class: 'side-quote'},
      el('span', {}, el('strong', {}, (q.speaker ? (q.speaker.canonical || q.speaker.text) : 'غير معروف') + ': '),
        q.text.length > 140 ? q.text.slice(0, 140) + '…' : q.text)))));
  }
  if (a.topic && a.topic.label) {
    side.append(el('h3', {}, 'الموضوع'));
    side.append(el('p', {}, a.topic.label + ' (' + Math.round(a.topic.probability * 100) + '٪)'));
  }
  if (a.summary && a.summary.text) {
    side.append(el('h3', {}, 'الملخص'));
    side.append(el('p', {class: 'summary'}, a.summary.text));
  }
}

$('analyze-btn').addEventListener('click', analyze);
$('save-btn').addEventListener('click', save);
$('file-input').addEventListener('change', (e) => { if (e.target.files[0]) readFile(e.target.files[0]); });

// --- explore -------------------------------------------------------------------------------------------------

async function search() {
  const q = state.query;
  const params = new URLSearchParams();
  if (q.q) params.set('q', q.q);
  if (q.entity) params.set('entity', q.entity);
  if (q.source) params.set('source', q.source);
  if (q.from) params.set('from', q.from);
  if (q.to) params.set('to', q.to);
  params.set('offset', q.offset);
  params.set('limit', 10);
  renderFilters();
  try {
    const result = await api('/api/search?' + params.toString());
    renderResults(result);
    renderFacets(result.facets);
    await refreshCount();
  } catch (e) {
    $('result-info').textContent = 'تعذّر البحث: ' + e.message;
  }
}

function renderFilters() {
  const f = $('filters');
  f.replaceChildren();
  const q = state.query;
  if (q.entity) f.append(el('button', {class: 'chip', onclick: () => { q.entity = null; q.offset = 0; search(); }},
    '✕ ' + q.entity.replace(/^[A-Z]+:/, '')));
  if (q.source) f.append(el('button', {class: 'chip', onclick: () => { q.source = null; q.offset = 0; search(); }},
    '✕ المصدر: ' + q.source));
  if (q.from || q.to) f.append(el('button', {class: 'chip', onclick: () => {
    q.from = q.to = ''; $('from-input').value = $('to-input').value = ''; q.offset = 0; search(); }},
    '✕ ' + (q.from || '…') + ' — ' + (q.to || '…')));
}

function snippetNode(snippet) {
  const p = el('p', {class: 'snippet'});
  let at = 0;
  for (const [s, e] of snippet.highlights) {
    p.append(snippet.text.slice(at, s), el('mark', {}, snippet.text.slice(s, e)));
    at = e;
  }
  p.append(snippet.text.slice(at));
  return p;
}

function renderResults(result) {
  $('result-info').textContent = result.total === 0 ? 'لا نتائج.' :
    'النتائج ' + (result.offset + 1) + '–' + (result.offset + result.hits.length) + ' من ' + result.total;
  $('results').replaceChildren(...result.hits.map((h) => el('li', {class: 'hit'},
    el('button', {class: 'linkish title', onclick: () => openDocument(h.id)}, h.title || h.id),
    el('div', {class: 'meta'}, [h.date, h.source, h.topic].filter(Boolean).join(' · ')),
    snippetNode(h.snippet))));
  const pager = $('pager');
  pager.replaceChildren();
  const q = state.query;
  if (result.offset > 0) pager.append(el('button', {class: 'secondary', onclick: () => { q.offset -= 10; search(); }}, 'السابق'));
  if (result.offset + result.hits.length < result.total) {
    pager.append(el('button', {class: 'secondary', onclick: () => { q.offset += 10; search(); }}, 'التالي'));
  }
}

function histogram(values, onPick) {
  const max = Math.max(1, ...values.map((v) => v.count));
  return el('div', {class: 'histogram', role: 'img', 'aria-label': 'عدد المقالات في كل شهر'},
    values.map((v) => el('div', {class: 'bar', title: v.value + ': ' + v.count,
      style: 'height:' + Math.max(4, Math.round(80 * v.count / max)) + 'px', onclick: () => onPick(v.value)})));
}

function renderFacets(facets) {
  const box = $('facets');
  box.replaceChildren();
  const q = state.query;
  for (const type of ['PERS', 'LOC', 'ORG', 'MISC']) {
    const values = facets[type] || [];
    if (!values.length) continue;
    box.append(el('h3', {}, TYPE_NAMES[type]));
    box.append(el('ul', {}, values.map((v) => el('li', {class: 'facet-entity'},
      el('button', {class: 'linkish', onclick: () => openEntity(type + ':' + v.value)}, v.value),
      el('span', {class: 'n'}, v.count)))));
  }
  if ((facets.source || []).length) {
    box.append(el('h3', {}, 'المصادر'));
    box.append(el('ul', {}, facets.source.map((v) => el('li', {},
      el('button', {class: 'linkish', onclick: () => { q.source = v.value; q.offset = 0; search(); }}, v.value),
      el('span', {class: 'n'}, v.count)))));
  }
  if ((facets.month || []).length) {
    box.append(el('h3', {}, 'حسب الشهر'));
    box.append(histogram(facets.month, (month) => {
      const [y, m] = month.split('-').map(Number);
      q.from = month + '-01';
      q.to = month + '-' + String(new Date(y, m, 0).getDate()).padStart(2, '0');
      $('from-input').value = q.from; $('to-input').value = q.to; q.offset = 0; search();
    }));
  }
}

async function openDocument(id) {
  try {
    const analysis = await api('/api/documents/' + encodeURIComponent(id));
    state.analysis = analysis;
    show('analyze');
    $('text-input').value = analysis.text;
    $('title-input').value = (analysis.meta && analysis.meta.title) || '';
    render(analysis);
    $('save-btn').disabled = true;
    setStatus('من الأرشيف: ' + id);
  } catch (e) {
    $('result-info').textContent = 'تعذّر فتح المقال: ' + e.message;
  }
}

async function openEntity(id) {
  show('explore');
  const page = $('entity-page');
  try {
    const r = await api('/api/entities/' + encodeURIComponent(id));
    page.replaceChildren(
      el('h2', {}, el('span', {class: 'ent ent-' + r.entity.type}, r.entity.name)),
      el('p', {class: 'meta'}, TYPE_ONE[r.entity.type] + ' · يرد في ' + r.entity.documents + ' مقال'),
      el('button', {class: 'secondary', onclick: () => { state.query = {q: '', entity: id, source: null, from: '', to: '', offset: 0};
        $('search-input').value = ''; page.classList.add('hidden'); search(); }}, 'كل المقالات التي تذكره'),
      el('h3', {}, 'الخط الزمني'),
      r.timeline.length ? histogram(r.timeline.map((t) => ({value: t.month, count: t.count})), () => {})
        : el('p', {class: 'meta'}, 'لا تاريخ نشر للمقالات التي تذكره.'),
      el('h3', {}, 'يرد معه'),
      el('ul', {class: 'cooccurring'}, r.cooccurring.map((c) => el('li', {},
        el('button', {class: 'linkish ent ent-' + c.type, onclick: () => openEntity(c.id)}, c.name),
        el('span', {class: 'n'}, ' ' + c.documents)))),
      el('h3', {}, 'أحدث المقالات'),
      el('ul', {class: 'entity-docs'}, r.documents.map((h) => el('li', {},
        el('button', {class: 'linkish', onclick: () => openDocument(h.id)}, h.title || h.id),
        el('span', {class: 'n'}, h.date || '')))));
    page.classList.remove('hidden');
    page.scrollIntoView({block: 'start'});
  } catch (e) {
    page.replaceChildren(el('p', {}, 'هذا الكيان غير موجود في الأرشيف بعد: احفظ المقال أولًا. (' + e.message + ')'));
    page.classList.remove('hidden');
  }
}

$('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  state.query = {q: $('search-input').value.trim(), entity: state.query.entity, source: state.query.source,
    from: $('from-input').value, to: $('to-input').value, offset: 0};
  $('entity-page').classList.add('hidden');
  search();
});

refreshCount();
