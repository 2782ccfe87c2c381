// report.html's script (eval/report/html_views.py).  State lives in the URL fragment:
//   #view=compare&a=RUN_A&b=RUN_B&category=where&q=revenue&open=where-003
// (docs/REPORTS.md lists every key).  Data comes from #qdata's data-json attribute and the
// per-question rows' data-* attributes; every text is written with textContent, never as HTML.
(function () {
  'use strict';
  document.documentElement.classList.add('js');  // the style sheet hides closed drill-downs only when this runs
  var VIEWS = ['overview', 'questions', 'compare'];
  var KEYS = ['run', 'category', 'db', 'split', 'difficulty', 'verdict', 'reason', 'flipped', 'q'];
  var QUESTION_KEYS = ['category', 'db', 'split', 'difficulty', 'reason', 'flipped', 'q'];  // the compare view's
  var $ = function (sel) { return document.querySelector(sel); };
  var all = function (sel) { return Array.prototype.slice.call(document.querySelectorAll(sel)); };
  var dataEl = document.getElementById('qdata');
  var data = dataEl ? JSON.parse(dataEl.getAttribute('data-json')) : {runs: [], questions: [], results: []};
  var runIndex = {};
  data.runs.forEach(function (label, i) { runIndex[label] = i; });
  var meta = {};  // question id -> [id, db, category, split, difficulty, question, gold]
  data.questions.forEach(function (q) { meta[q[0]] = q; });
  var controls = {};
  all('#filters [data-key]').forEach(function (el) { controls[el.getAttribute('data-key')] = el; });
  var rows = all('#qtable > tbody > tr[data-qid]');
  var counter = document.getElementById('qcount');
  var note = document.getElementById('hashnote');
  var selA = document.getElementById('cmp-a');
  var selB = document.getElementById('cmp-b');
  var state = defaults();

  function defaults() {
    return {view: 'overview', a: data.runs[0] || '', b: data.runs[1] || '', open: null, scroll: true, f: {}};
  }

  // ------------------------------------------------------------------ matching
  function result(label, qid) {
    var i = runIndex[label];
    return i === undefined ? undefined : data.results[i][qid];
  }
  function flipped(qid) {
    var ra = result(state.a, qid), rb = result(state.b, qid);
    return state.a !== state.b && ra !== undefined && rb !== undefined && ra[0] !== rb[0];
  }
  function terms() {
    return (state.f.q || '').toLowerCase().split(/\s+/).filter(function (t) { return t !== ''; });
  }
  function textHit(qid, labels) {
    var ts = terms();
    if (!ts.length) { return true; }
    var m = meta[qid] || [qid];
    var hay = [qid, m[5] || '', m[6] || ''];
    labels.forEach(function (l) { var r = result(l, qid); if (r) { hay.push(r[1], r[2]); } });
    hay = hay.join('\n').toLowerCase();
    return ts.every(function (t) { return hay.indexOf(t) !== -1; });
  }
  function rowVisible(tr) {
    var qid = tr.getAttribute('data-qid');
    return KEYS.every(function (k) {
      var v = state.f[k];
      if (!v) { return true; }
      if (k === 'flipped') { return (v === 'yes') === flipped(qid); }
      if (k === 'q') { return textHit(qid, [tr.getAttribute('data-run')]); }
      return tr.getAttribute('data-' + k) === v;
    });
  }
  function questionVisible(qid) {  // the compare view: question fields, either run's reason, either run's text
    var m = meta[qid];
    var fields = {category: m[2], db: m[1], split: m[3], difficulty: m[4]};
    return QUESTION_KEYS.every(function (k) {
      var v = state.f[k];
      if (!v) { return true; }
      if (k === 'flipped') { return (v === 'yes') === flipped(qid); }
      if (k === 'q') { return textHit(qid, [state.a, state.b]); }
      if (k === 'reason') { return result(state.a, qid)[1] === v || result(state.b, qid)[1] === v; }
      return fields[k] === v;
    });
  }

  // ------------------------------------------------------------------ rendering
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }
  function td(tr, text, cls) { var c = el('td', text, cls); tr.appendChild(c); return c; }
  function verdictText(r) { return (r[0] ? 'correct' : 'wrong') + ' (' + r[1] + ')'; }

  function drillLink(label, qid, text) {
    var a = el('a', text);
    a.href = '#';
    a.addEventListener('click', function (ev) {
      ev.preventDefault();
      state.view = 'questions';
      state.f = {run: label};
      state.open = qid;
      state.scroll = true;
      render(true);
    });
    return a;
  }

  function showDrill(tr) {  // a row's drill-down (the row below it) shows while its details is open
    var drill = tr.nextElementSibling, d = tr.querySelector('details');
    if (drill && drill.classList.contains('drill-row')) {
      drill.classList.toggle('shown', tr.style.display !== 'none' && d !== null && d.open);
    }
  }

  function renderQuestions() {
    var shown = 0;
    rows.forEach(function (tr) {
      var ok = rowVisible(tr);
      tr.style.display = ok ? '' : 'none';
      showDrill(tr);
      if (ok) { shown += 1; }
    });
    counter.textContent = 'Showing ' + shown + ' of ' + rows.length + ' rows';
  }

  function renderCompare() {
    var flips = $('#flips tbody'), same = $('#same tbody'), count = document.getElementById('cmpcount');
    if (!flips || !count) { return; }
    flips.textContent = '';
    same.textContent = '';
    var a = state.a, b = state.b;
    if (a === b) {
      count.textContent = 'Run A and run B are the same run: pick two different runs.';
      return;
    }
    var regressed = [], improved = [], kept = [], onlyA = 0, onlyB = 0, both = 0;
    data.questions.forEach(function (q) {
      var qid = q[0], ra = result(a, qid), rb = result(b, qid);
      if (ra === undefined || rb === undefined) {
        if (ra !== undefined) { onlyA += 1; }
        if (rb !== undefined) { onlyB += 1; }
        return;
      }
      if (!questionVisible(qid)) { return; }
      both += 1;
      if (ra[0] === rb[0]) { kept.push(qid); } else if (ra[0]) { regressed.push(qid); } else { improved.push(qid); }
    });
    regressed.concat(improved).forEach(function (qid) {
      var ra = result(a, qid), rb = result(b, qid), m = meta[qid];
      var tr = el('tr');
      tr.setAttribute('data-qid', qid);
      tr.setAttribute('data-change', ra[0] ? 'regressed' : 'improved');
      td(tr, qid); td(tr, m[1]); td(tr, m[2]);
      td(tr, ra[0] ? 'regressed' : 'improved', ra[0] ? 'regressed' : 'improved');
      td(tr, verdictText(ra), ra[0] ? 'v-correct' : 'v-wrong');
      td(tr, verdictText(rb), rb[0] ? 'v-correct' : 'v-wrong');
      var cell = td(tr, null, 'q');
      cell.appendChild(el('div', m[5]));
      cell.appendChild(el('div', 'A (' + a + '):', 'predlabel'));
      cell.appendChild(el('pre', ra[2] || '(no prediction)'));
      cell.appendChild(el('div', 'B (' + b + '):', 'predlabel'));
      cell.appendChild(el('pre', rb[2] || '(no prediction)'));
      var links = el('div', null, 'predlabel');
      links.appendChild(drillLink(a, qid, 'A drill-down'));
      links.appendChild(document.createTextNode(' · '));
      links.appendChild(drillLink(b, qid, 'B drill-down'));
      cell.appendChild(links);
      flips.appendChild(tr);
    });
    kept.forEach(function (qid) {
      var ra = result(a, qid), rb = result(b, qid), m = meta[qid];
      var tr = el('tr');
      tr.setAttribute('data-qid', qid);
      td(tr, qid); td(tr, m[1]); td(tr, m[2]);
      td(tr, ra[0] ? 'correct' : 'wrong', ra[0] ? 'v-correct' : 'v-wrong');
      td(tr, ra[1]); td(tr, rb[1], ra[1] !== rb[1] ? 'regressed' : '');
      same.appendChild(tr);
    });
    document.getElementById('samecount').textContent = String(kept.length);
    var words = (regressed.length + improved.length) + ' flipped (' + regressed.length + ' right in A only, ' +
      improved.length + ' right in B only) of ' + both + ' questions in both runs that match the filters';
    if (onlyA || onlyB) { words += '; ' + onlyA + ' only in A, ' + onlyB + ' only in B (not compared)'; }
    if (!regressed.length && !improved.length) { words += '. No question flipped.'; }
    count.textContent = 'A = ' + a + ', B = ' + b + ': ' + words + '.';
  }

  function openTarget(messages) {
    if (state.open === null) { return; }
    var qid = state.open, first = null;
    if (state.view === 'compare') {
      all('#flips tr[data-qid], #same tr[data-qid]').forEach(function (tr) {
        var hit = tr.getAttribute('data-qid') === qid;
        tr.classList.toggle('target', hit);
        if (hit && first === null) { first = tr; }
      });
      if (first !== null && first.closest('#cmp-same')) { first.closest('#cmp-same').open = true; }
    } else if (state.view === 'questions') {
      all('#qtable details[data-qid]').forEach(function (d) {
        if (d.getAttribute('data-qid') === qid && d.closest('tr').style.display !== 'none') {
          d.open = true;
          if (first === null) { first = d; }
        }
      });
    } else {
      return;
    }
    if (first === null) {
      messages.push(meta[qid] ? 'question ' + qid + ': no row shown with these filters (show all to see it)'
                              : 'question ' + qid + ' is not in this report');
    } else if (state.scroll) {
      first.scrollIntoView();
    }
  }

  function render(write, messages) {
    messages = messages || [];
    all('section[data-view]').forEach(function (s) { s.hidden = s.getAttribute('data-view') !== state.view; });
    all('#views a[data-view]').forEach(function (a) { a.classList.toggle('current', a.getAttribute('data-view') === state.view); });
    var bar = document.getElementById('filters');
    if (bar) { bar.hidden = state.view === 'overview'; }
    Object.keys(controls).forEach(function (k) { controls[k].value = state.f[k] || ''; });
    if (selA) { selA.value = state.a; selB.value = state.b; }
    renderQuestions();
    renderCompare();
    openTarget(messages);
    note.textContent = messages.join('; ');
    if (write) { writeHash(); }
  }

  // ------------------------------------------------------------------ the fragment
  function writeHash() {
    var p = new URLSearchParams(), d = defaults();
    if (state.view !== d.view) { p.set('view', state.view); }
    if (state.view === 'compare' || state.f.flipped) {
      if (state.a !== d.a) { p.set('a', state.a); }
      if (state.b !== d.b) { p.set('b', state.b); }
    }
    KEYS.forEach(function (k) { if (state.f[k]) { p.set(k, state.f[k]); } });
    if (state.open !== null) { p.set('open', state.open); }
    if (!state.scroll) { p.set('scroll', 'no'); }
    var hash = p.toString();
    try {
      history.replaceState(null, '', hash ? '#' + hash : window.location.pathname + window.location.search);
    } catch (e) {  // a browser that refuses replaceState here: set the fragment, skip its hashchange
      skipNext = true;
      window.location.hash = hash;
    }
  }
  var skipNext = false;

  function known(select, value) {
    return Array.prototype.some.call(select.options, function (o) { return o.value === value; });
  }

  function fromHash() {
    if (skipNext) { skipNext = false; return; }
    var raw = window.location.hash.replace(/^#/, '');
    if (raw === '') { render(false); return; }
    if (raw.indexOf('=') === -1) {  // a plain anchor (#questions, #prompt-parts, #s-runs): show the view holding it
      var target = document.getElementById(decodeURIComponent(raw));
      var sec = target && target.closest('section[data-view]');
      if (sec) { state.view = sec.getAttribute('data-view'); }
      render(false);
      if (sec) { target.scrollIntoView(); }
      return;
    }
    var p = new URLSearchParams(raw), messages = [];
    state = defaults();
    KEYS.forEach(function (k) {
      var v = p.get(k);
      if (v === null || v === '') { return; }
      var c = controls[k];
      if (!c) { messages.push('ignored ' + k + '=' + v + ' (no such filter in this report)'); return; }
      if (c.tagName === 'SELECT' && !known(c, v)) { messages.push('ignored ' + k + '=' + v + ' (no such value)'); return; }
      state.f[k] = v;
    });
    ['a', 'b'].forEach(function (k) {
      var v = p.get(k);
      if (v === null) { return; }
      if (runIndex[v] === undefined) { messages.push('ignored ' + k + '=' + v + ' (no run with that label)'); } else { state[k] = v; }
    });
    var view = p.get('view');
    if (view !== null && VIEWS.indexOf(view) === -1) { messages.push('ignored view=' + view + ' (views: ' + VIEWS.join(', ') + ')'); view = null; }
    if (view === 'compare' && data.runs.length < 2) { messages.push('the run-vs-run view needs two runs'); }
    // an old link (#category=where&open=ID) has no view: filters and questions are the questions view
    state.view = view || (Object.keys(state.f).length || p.get('open') !== null ? 'questions' : 'overview');
    state.open = p.get('open');
    state.scroll = p.get('scroll') !== 'no';
    render(false, messages);
  }

  // ------------------------------------------------------------------ events
  Object.keys(controls).forEach(function (k) {
    var c = controls[k];
    c.addEventListener(c.tagName === 'SELECT' ? 'change' : 'input', function () {
      state.f[k] = c.value;
      state.open = null;
      render(true);
    });
  });
  [selA, selB].forEach(function (s) {
    if (!s) { return; }
    s.addEventListener('change', function () { state[s.getAttribute('data-ab')] = s.value; render(true); });
  });
  var swap = document.getElementById('cmpswap');
  if (swap) { swap.addEventListener('click', function () { var t = state.a; state.a = state.b; state.b = t; render(true); }); }
  document.getElementById('qreset').addEventListener('click', function () { state.f = {}; state.open = null; render(true); });
  all('#views a[data-view]').forEach(function (a) {
    a.addEventListener('click', function (ev) {
      ev.preventDefault();
      state.view = a.getAttribute('data-view');
      state.open = null;
      render(true);
      window.scrollTo(0, 0);
    });
  });
  all('#qtable details[data-qid]').forEach(function (d) {  // an opened drill-down is part of the link
    d.addEventListener('toggle', function () {
      var qid = d.getAttribute('data-qid');
      showDrill(d.closest('tr'));
      if (d.open && state.open !== qid) { state.open = qid; writeHash(); }
      if (!d.open && state.open === qid && !all('#qtable details[open]').length) { state.open = null; writeHash(); }
    });
  });
  all('a.part').forEach(function (a) {  // a shared prompt part: open its one copy (the fragment stays the state)
    a.addEventListener('click', function (ev) {
      ev.preventDefault();
      var d = document.getElementById(a.getAttribute('href').slice(1));
      if (d !== null) { d.open = true; d.scrollIntoView(); }
    });
  });
  window.addEventListener('hashchange', fromHash);
  fromHash();
})();
