// Vigie web map. Every piece of text from the store goes into the page through textContent or
// createTextNode, never innerHTML: article text can contain markup, and it must show as text.
'use strict';

// uncaught errors are kept for the end-to-end tests to check
window.__errors = [];
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));

(function () {
  const TYPE_COLOURS = {
    ASSAULT: '#c0392b', COERCE: '#8e44ad', PROTEST: '#2980b9', MOBILIZE: '#16a085',
    THREATEN: '#d35400', RETREAT: '#7f8c8d', SEIZE: '#6d4c41', AID: '#27ae60', COOPERATE: '#2c3e50'
  };
  const MAP_LIMIT = 1000;
  const PAGE = 50;

  const I18N = {
    en: {},
    fr: {
      from: 'Du', to: 'Au', country: 'Pays', actor: 'Acteur', type: 'Type', mode: 'Mode',
      status: 'Statut', search: 'Recherche', inView: 'dans la vue', apply: 'Appliquer',
      reset: 'Effacer', any: 'tous', timeline: 'Chronologie', clearRange: 'Effacer la période',
      date: 'Date', place: 'Lieu', actors: 'Acteurs', killed: 'Tués', review: 'Revue',
      sources: 'Sources', more: 'Plus', pick: 'Choisissez un événement sur la carte ou dans le tableau.',
      events: 'événements', casualties: 'Victimes', injured: 'Blessés', missing: 'Disparus',
      claim: 'Revendication', evidence: 'Textes et preuves', reviewActions: 'Revue',
      accept: 'Valider', reject: 'Rejeter', correct: 'Corriger', merge: 'Fusionner', split: 'Scinder',
      reviewer: 'Relecteur', token: 'Jeton', reason: 'Motif', trail: 'Historique', shown: 'affichés sur la carte',
      density: 'trop nombreux pour la carte : nombre par case (zoomez ou filtrez)'
    },
    ar: {
      from: 'من', to: 'إلى', country: 'البلد', actor: 'الفاعل', type: 'النوع', mode: 'الوسيلة',
      status: 'الحالة', search: 'بحث', inView: 'ضمن الخريطة', apply: 'تطبيق', reset: 'مسح',
      any: 'الكل', timeline: 'الخط الزمني', clearRange: 'مسح الفترة', date: 'التاريخ',
      place: 'المكان', actors: 'الفاعلون', killed: 'قتلى', review: 'المراجعة', sources: 'المصادر',
      more: 'المزيد', pick: 'اختر حدثا على الخريطة أو في الجدول.', events: 'أحداث',
      casualties: 'الضحايا', injured: 'جرحى', missing: 'مفقودون', claim: 'التبني',
      evidence: 'النصوص والأدلة', reviewActions: 'المراجعة', accept: 'قبول', reject: 'رفض',
      correct: 'تصحيح', merge: 'دمج', split: 'فصل', reviewer: 'المراجع', token: 'الرمز',
      reason: 'السبب', trail: 'السجل', shown: 'معروضة على الخريطة',
      density: 'عدد الأحداث في كل خلية (كبّر أو صفِّ النتائج)'
    }
  };
  let lang = localStorage.getItem('vigie.lang') || 'en';
  const t = (k) => (I18N[lang] && I18N[lang][k]) || EN[k] || k;
  const EN = {
    events: 'events', casualties: 'Casualties', injured: 'Injured', missing: 'Missing',
    claim: 'Claim', evidence: 'Texts and evidence', reviewActions: 'Review', accept: 'Accept',
    reject: 'Reject', correct: 'Correct', merge: 'Merge', split: 'Split', reviewer: 'Reviewer',
    token: 'Token', reason: 'Reason', trail: 'Audit trail', shown: 'shown on the map', killed: 'Killed',
    density: 'too many to draw one by one: counts per cell (zoom in or filter)'
  };

  // ---- small DOM helpers -------------------------------------------------------------------
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === null || v === undefined || v === false) continue;
        if (k === 'class') e.className = v;
        else if (k === 'text') e.textContent = v;
        else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
        else e.setAttribute(k, v === true ? '' : String(v));
      }
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }
  const $ = (sel) => document.querySelector(sel);
  const colour = (type) => TYPE_COLOURS[type] || '#555';
  const safeClass = (s) => String(s || '').replace(/[^A-Za-z0-9_-]/g, '');

  async function api(path, options) {
    const res = await fetch(path, options);
    let body = null;
    try { body = await res.json(); } catch (e) { body = null; }
    if (!res.ok) {
      const msg = body && body.error ? body.error : res.status + ' ' + res.statusText;
      const err = new Error(msg);
      err.status = res.status;
      throw err;
    }
    return body;
  }

  // ---- state -------------------------------------------------------------------------------
  const state = { filters: {}, cursor: null, current: null, config: { writes: false } };

  function readFilters() {
    const f = {};
    for (const id of ['from', 'to', 'country', 'actor', 'type', 'mode', 'status', 'q']) {
      const v = $('#f-' + id).value.trim();
      if (v) f[id] = v;
    }
    return f;
  }

  function queryString(extra) {
    const p = new URLSearchParams();
    const f = Object.assign({}, state.filters, extra || {});
    for (const [k, v] of Object.entries(f)) if (v !== undefined && v !== null && v !== '') p.set(k, v);
    if ($('#f-inview').checked && map) {
      const b = map.getBounds();
      const r = (x) => Math.round(x * 1000) / 1000;
      p.set('bbox', [r(Math.max(-180, b.getWest())), r(Math.max(-90, b.getSouth())),
        r(Math.min(180, b.getEast())), r(Math.min(90, b.getNorth()))].join(','));
    }
    return p.toString();
  }

  // ---- map ---------------------------------------------------------------------------------
  let map = null;
  let cluster = null;

  function initMap() {
    map = L.map('map', { worldCopyJump: false, minZoom: 2, maxZoom: 14 }).setView([25, 20], 3);
    if (state.config.tileUrl) {
      L.tileLayer(state.config.tileUrl, { maxZoom: 14, attribution: 'tiles: configured server' }).addTo(map);
    }
    map.attributionControl.addAttribution('Country outlines: Natural Earth');
    fetch('/data/countries-50m.json').then((r) => r.json()).then((topo) => {
      L.geoJSON(topoFeatures(topo, 'countries'), {
        style: { color: '#7a8899', weight: 0.6, fillColor: '#f3f1ea', fillOpacity: 1 },
        interactive: false
      }).addTo(map).bringToBack();
    });
    cluster = L.markerClusterGroup({
      showCoverageOnHover: false,
      maxClusterRadius: 45,
      iconCreateFunction: (c) => {
        // a cluster takes the colour of its most frequent event type
        const counts = {};
        for (const m of c.getAllChildMarkers()) counts[m.options.evType] = (counts[m.options.evType] || 0) + 1;
        const top = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
        const n = c.getChildCount();
        const size = n < 10 ? 30 : n < 100 ? 38 : 46;
        const div = el('div', { class: 'cluster', style: '--c:' + colour(top) + ';width:' + size + 'px;height:' + size + 'px' }, String(n));
        return L.divIcon({ html: div, className: '', iconSize: [size, size] });
      }
    });
    map.addLayer(cluster);
    map.on('moveend', () => { if ($('#f-inview').checked) reload(); else if (density) loadMap(); });
    const legend = $('#legend');
    for (const [type, c] of Object.entries(TYPE_COLOURS)) legend.append(el('span', { style: '--c:' + c }, type));
  }

  // TopoJSON → GeoJSON features: arcs are delta-encoded and quantised (the TopoJSON spec).
  function topoFeatures(topo, name) {
    const tf = topo.transform;
    const arcs = topo.arcs.map((arc) => {
      let x = 0, y = 0;
      return arc.map((p) => {
        if (tf) { x += p[0]; y += p[1]; return [x * tf.scale[0] + tf.translate[0], y * tf.scale[1] + tf.translate[1]]; }
        return p;
      });
    });
    const arc = (i) => (i >= 0 ? arcs[i] : arcs[~i].slice().reverse());
    const ring = (ids) => {
      const pts = [];
      ids.forEach((i, k) => { const a = arc(i); pts.push(...(k === 0 ? a : a.slice(1))); });
      return pts;
    };
    const geom = (g) => {
      if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.arcs.map(ring) };
      if (g.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: g.arcs.map((p) => p.map(ring)) };
      return null;
    };
    return {
      type: 'FeatureCollection',
      features: topo.objects[name].geometries.map((g) => ({ type: 'Feature', properties: g.properties || {}, geometry: geom(g) }))
        .filter((f) => f.geometry)
    };
  }

  function drawMarkers(items) {
    cluster.clearLayers();
    const markers = [];
    for (const e of items) {
      if (e.lat === null || e.lon === null || e.lat === undefined) continue;
      const dot = el('div', { class: 'ev-dot', style: '--c:' + colour(e.type) });
      const m = L.marker([e.lat, e.lon], {
        icon: L.divIcon({ html: dot, className: 'ev-marker t-' + safeClass(e.type), iconSize: [14, 14] }),
        evType: e.type, title: [e.dateStart, e.type, e.place].filter(Boolean).join(' · ')
      });
      m.on('click', () => openEvent(e.id));
      markers.push(m);
    }
    cluster.addLayers(markers);
  }

  // ---- timeline with a brush ---------------------------------------------------------------
  let timeline = { buckets: [], by: 'day' };

  async function loadTimeline() {
    // the timeline shows the other filters but not its own range, so the brush can move
    const qs = queryString({ from: null, to: null });
    let agg = await api('/api/aggregate?by=day' + (qs ? '&' + qs : ''));
    if (agg.buckets.length > 400) agg = await api('/api/aggregate?by=week' + (qs ? '&' + qs : ''));
    timeline = agg;
    drawTimeline();
  }

  function drawTimeline() {
    const svg = $('#timeline');
    svg.replaceChildren();
    const W = svg.clientWidth || 800, H = 90, pad = 14;
    svg.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
    const b = timeline.buckets;
    $('#timeline-info').textContent = timeline.total + ' ' + t('events') + (timeline.by === 'week' ? ' (/week)' : ' (/day)');
    if (!b.length) return;
    const day = (s) => Date.parse(s + 'T00:00:00Z') / 86400000;
    const d0 = day(b[0].key), d1 = day(b[b.length - 1].key) + (timeline.by === 'week' ? 7 : 1);
    const max = Math.max(...b.map((x) => x.count));
    const xOf = (d) => ((d - d0) / Math.max(1, d1 - d0)) * W;
    const ns = 'http://www.w3.org/2000/svg';
    const width = Math.max(3, xOf(d0 + (timeline.by === 'week' ? 7 : 1)) - 1);
    for (const x of b) {
      const h = Math.max(1, (x.count / max) * (H - pad - 4));
      const r = document.createElementNS(ns, 'rect');
      r.setAttribute('class', 'b');
      r.setAttribute('x', xOf(day(x.key)));
      r.setAttribute('y', H - pad - h);
      r.setAttribute('width', width);
      r.setAttribute('height', h);
      const tt = document.createElementNS(ns, 'title');
      tt.textContent = x.key + ': ' + x.count;
      r.append(tt);
      svg.append(r);
    }
    for (const [d, anchor] of [[d0, 'start'], [d1 - 1, 'end']]) {
      const tx = document.createElementNS(ns, 'text');
      tx.setAttribute('x', anchor === 'start' ? 2 : W - 2);
      tx.setAttribute('y', H - 2);
      tx.setAttribute('text-anchor', anchor);
      tx.textContent = new Date(d * 86400000).toISOString().slice(0, 10);
      svg.append(tx);
    }
    const toDate = (px) => new Date((d0 + (px / W) * (d1 - d0)) * 86400000).toISOString().slice(0, 10);
    const sel = document.createElementNS(ns, 'rect');
    sel.setAttribute('class', 'sel');
    sel.setAttribute('y', 0);
    sel.setAttribute('height', H - pad);
    sel.setAttribute('width', 0);
    svg.append(sel);
    if (state.filters.from || state.filters.to) {
      const a = state.filters.from ? xOf(day(state.filters.from)) : 0;
      const z = state.filters.to ? xOf(day(state.filters.to) + 1) : W;
      sel.setAttribute('x', Math.max(0, a));
      sel.setAttribute('width', Math.max(1, Math.min(W, z) - Math.max(0, a)));
    }
    let start = null;
    const px = (ev) => { const r = svg.getBoundingClientRect(); return Math.min(W, Math.max(0, ((ev.clientX - r.left) / r.width) * W)); };
    svg.onmousedown = (ev) => { start = px(ev); sel.setAttribute('x', start); sel.setAttribute('width', 0); };
    svg.onmousemove = (ev) => {
      if (start === null) return;
      const p = px(ev);
      sel.setAttribute('x', Math.min(start, p));
      sel.setAttribute('width', Math.abs(p - start));
    };
    svg.onmouseup = (ev) => {
      if (start === null) return;
      const p = px(ev);
      const a = Math.min(start, p), z = Math.max(start, p);
      start = null;
      if (z - a < 3) return;
      $('#f-from').value = toDate(a);
      $('#f-to').value = toDate(z);
      applyFilters();
    };
  }

  // ---- table -------------------------------------------------------------------------------
  function row(e) {
    const actors = (e.actors || []).filter((a) => a.role === 'actor1' || a.role === 'actor2').map((a) => a.name).join(' / ');
    const tr = el('tr', { 'data-id': e.id, onclick: () => openEvent(e.id) },
      el('td', null, e.dateStart || ''),
      el('td', null, el('span', { class: 'badge', style: 'background:' + colour(e.type) + ';color:#fff' }, e.type || ''), e.mode || ''),
      el('td', { dir: 'auto' }, [e.place, e.country].filter(Boolean).join(', ')),
      el('td', { dir: 'auto' }, actors),
      el('td', null, e.killed === null || e.killed === undefined ? '–' : String(e.killed)),
      el('td', null, el('span', { class: 'badge ' + safeClass(e.status) }, e.status || '')),
      el('td', null, el('span', { class: 'badge ' + safeClass(e.review) }, e.review || '')),
      el('td', null, e.sources + ' (' + (e.languages || []).join(', ') + ')'));
    return tr;
  }

  async function loadTable(append) {
    const qs = queryString({ limit: PAGE, cursor: append ? state.cursor : null });
    const page = await api('/api/events?' + qs);
    const body = $('#events tbody');
    if (!append) body.replaceChildren();
    for (const e of page.items) body.append(row(e));
    state.cursor = page.nextCursor;
    $('#more').hidden = !page.nextCursor;
  }

  // Up to MAP_LIMIT events are drawn one by one (clustered). Past that, the map shows how many
  // events fall in each grid cell instead: a million markers would help nobody.
  let density = null;

  async function loadMap() {
    const page = await api('/api/events?' + queryString({ limit: MAP_LIMIT }));
    if (density) { map.removeLayer(density); density = null; }
    if (!page.nextCursor) {
      drawMarkers(page.items);
      $('#count').textContent = page.items.length + ' ' + t('events') + ' ' + t('shown');
      return;
    }
    cluster.clearLayers();
    const z = map.getZoom();
    const cell = z <= 3 ? 2 : z <= 5 ? 1 : z <= 7 ? 0.25 : 0.05;
    const qs = queryString();
    const agg = await api('/api/aggregate?by=cell&cell=' + cell + (qs ? '&' + qs : ''));
    density = L.layerGroup();
    const max = Math.max(1, ...agg.buckets.map((b) => b.count));
    for (const b of agg.buckets) {
      if (b.lat === null || b.lon === null) continue;
      const c = L.circleMarker([b.lat, b.lon], {
        radius: 4 + 18 * Math.sqrt(b.count / max), color: '#7b241c', weight: 1,
        fillColor: '#c0392b', fillOpacity: 0.45, className: 'density-cell'
      });
      c.bindTooltip(b.count + ' ' + t('events'));
      c.on('click', () => map.setView([b.lat, b.lon], Math.min(14, z + 2)));
      density.addLayer(c);
    }
    density.addTo(map);
    $('#count').textContent = agg.total + ' ' + t('events') + ' — ' + t('density');
  }

  async function reload() {
    try {
      await Promise.all([loadMap(), loadTable(false), loadTimeline()]);
      document.body.dataset.loaded = String(Date.now());
    } catch (e) {
      $('#count').textContent = e.message;
    }
  }

  function applyFilters() {
    state.filters = readFilters();
    reload();
  }

  // ---- event panel -------------------------------------------------------------------------
  const SPAN_KINDS = ['trigger', 'actor', 'place', 'date', 'casualty', 'claim'];

  function mentionSpans(ev) {
    const out = [];
    const add = (spans, kind) => { for (const s of spans || []) out.push({ start: s.start, end: s.end, text: s.text, kind }); };
    add(ev.evidence, 'trigger');
    for (const a of ev.actors || []) add(a.evidence, 'actor');
    if (ev.location) add(ev.location.evidence, 'place');
    if (ev.date) add(ev.date.evidence, 'date');
    const c = ev.casualties || {};
    for (const k of ['killed', 'injured', 'missing', 'abducted', 'attackersKilled']) {
      if (c[k]) for (const r of c[k].reports || []) add(r.evidence, 'casualty');
    }
    if (ev.attribution) add(ev.attribution.evidence, 'claim');
    return out;
  }

  // The text cut at every span boundary; each piece is a text node, wrapped in <mark> when a
  // span covers it. Spans whose offsets do not match the text are left out, not trusted.
  function highlighted(text, spans) {
    const ok = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end &&
      (s.text === undefined || s.text === null || text.substring(s.start, s.end) === s.text));
    const cuts = new Set([0, text.length]);
    for (const s of ok) { cuts.add(s.start); cuts.add(s.end); }
    const points = [...cuts].sort((a, b) => a - b);
    const frag = document.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], z = points[i + 1];
      const piece = text.substring(a, z);
      const kinds = [...new Set(ok.filter((s) => s.start <= a && s.end >= z).map((s) => s.kind))];
      if (!kinds.length) { frag.append(document.createTextNode(piece)); continue; }
      kinds.sort((x, y) => SPAN_KINDS.indexOf(x) - SPAN_KINDS.indexOf(y));
      frag.append(el('mark', { class: 'ev ' + kinds.map((k) => 'ev-' + k).join(' '), title: kinds.join(', ') }, piece));
    }
    return frag;
  }

  function countText(c) {
    if (!c) return '–';
    let s = String(c.value);
    if (c.min !== c.max) s += ' (' + c.min + '–' + c.max + ')';
    if (c.qualifier && c.qualifier !== 'exact') s += ' ' + c.qualifier;
    return s;
  }

  function kv(pairs) {
    const dl = el('dl', { class: 'kv' });
    for (const [k, v] of pairs) if (v !== null && v !== undefined && v !== '') dl.append(el('dt', null, k), el('dd', { dir: 'auto' }, v));
    return dl;
  }

  async function openEvent(id) {
    const panel = $('#panel');
    let d;
    try {
      d = await api('/api/events/' + encodeURIComponent(id));
    } catch (e) {
      panel.replaceChildren(el('p', { class: 'msg err' }, e.message));
      return;
    }
    state.current = d;
    for (const tr of document.querySelectorAll('#events tr.current')) tr.classList.remove('current');
    const tr = document.querySelector('#events tr[data-id="' + CSS.escape(id) + '"]');
    if (tr) tr.classList.add('current');
    renderPanel(d);
  }

  function renderPanel(d) {
    const se = d.event, ev = se.event;
    const panel = $('#panel');
    panel.replaceChildren();
    panel.dataset.eventId = ev.id;
    const loc = ev.location || {};
    const date = ev.date || {};
    panel.append(
      el('h2', { dir: 'auto' }, [ev.type, ev.mode].filter(Boolean).join(' · ') + (loc.name ? ' — ' + loc.name : '')),
      el('div', null,
        el('span', { class: 'badge ' + safeClass(se.review), id: 'review-state' }, se.review),
        ev.attribution ? el('span', { class: 'badge ' + safeClass(ev.attribution.status) }, ev.attribution.status || '') : null,
        el('span', { class: 'badge' }, ev.scope || ''),
        el('span', { class: 'badge' }, 'conf ' + (ev.confidence || 0).toFixed(2))),
      kv([
        [t('date'), [date.start, date.end && date.end !== date.start ? '→ ' + date.end : null, date.precision ? '(' + date.precision + ', ' + date.basis + ')' : null].filter(Boolean).join(' ')],
        [t('place'), [loc.name, loc.admin1, loc.country, loc.precision ? 'precision ' + loc.precision : null].filter(Boolean).join(', ')],
        [t('actors'), (ev.actors || []).map((a) => a.role + ': ' + a.name + (a.type ? ' (' + a.type + ')' : '')).join('; ')],
        ['id', ev.id]
      ]));

    const c = ev.casualties || {};
    panel.append(el('h3', null, t('casualties')));
    const cas = el('dl', { class: 'kv casualties' });
    for (const [k, label] of [['killed', t('killed')], ['injured', t('injured')], ['missing', t('missing')]]) {
      cas.append(el('dt', null, label), el('dd', null, countText(c[k])));
      for (const r of (c[k] && c[k].reports) || []) cas.append(el('dt', null, ''), el('dd', { dir: 'auto', class: 'report' }, '• ' + r.value + (r.qualifier && r.qualifier !== 'exact' ? ' ' + r.qualifier : '') + (r.source ? ' — ' + r.source : '')));
    }
    panel.append(cas);

    if (ev.attribution) {
      const a = ev.attribution;
      panel.append(el('h3', null, t('claim')), kv([
        ['status', a.status], ['statement', a.statement], ['reported by', a.reportedBy],
        ['claimed by', a.claimedBy ? a.claimedBy.name : null], ['denied by', a.deniedBy ? a.deniedBy.name : null]]));
    }

    panel.append(el('h3', null, t('evidence')));
    const keys = el('div', { class: 'keys' });
    for (const k of SPAN_KINDS) keys.append(el('mark', { class: 'ev ev-' + k }, k));
    panel.append(keys);
    const sourceByArticle = {};
    for (const s of se.sources || []) sourceByArticle[s.articleId] = s;
    for (const art of d.articles || []) {
      const spans = [];
      for (const m of d.mentions || []) if (m.articleId === art.id) spans.push(...mentionSpans(m.event));
      const rtl = art.language === 'ar' || art.language === 'fa' || art.language === 'he';
      const url = art.url && /^https?:\/\//.test(art.url) ? el('a', { href: art.url, rel: 'noopener noreferrer', target: '_blank' }, art.url) : null;
      panel.append(el('div', { class: 'article', 'data-article': art.id },
        el('div', { class: 'meta', dir: 'auto' },
          el('strong', null, art.outlet || art.id), ' · ', el('span', { class: 'lang' }, art.language || '?'),
          ' · ', art.published || 'no date', url ? ' · ' : null, url),
        art.title ? el('div', { dir: 'auto' }, el('strong', null, art.title)) : null,
        el('div', { class: 'text', dir: rtl ? 'rtl' : 'auto', lang: art.language || null }, highlighted(art.text || '', spans))));
    }
    panel.append(reviewForm(d));
    const trail = el('ol', { class: 'trail' });
    for (const r of d.reviews || []) {
      trail.append(el('li', null, (r.at || '').replace('T', ' ').slice(0, 19) + ' — ' + r.reviewer + ': ' + r.action +
        (r.field ? ' ' + r.field + ' = ' + r.newValue : '') + (r.reason ? ' (' + r.reason + ')' : '')));
    }
    panel.append(el('h3', null, t('trail')), trail);
  }

  function reviewForm(d) {
    const id = d.event.event.id;
    const msg = el('div', { class: 'msg', id: 'review-msg', role: 'status' });
    const reviewer = el('input', { id: 'r-reviewer', placeholder: t('reviewer'), size: 12, value: localStorage.getItem('vigie.reviewer') || '' });
    const token = el('input', { id: 'r-token', type: 'password', placeholder: t('token'), size: 12, value: sessionStorage.getItem('vigie.token') || '' });
    const reason = el('input', { id: 'r-reason', placeholder: t('reason'), size: 24 });
    const field = el('select', { id: 'r-field' });
    for (const f of ['type', 'mode', 'scope', 'casualties/killed', 'casualties/injured', 'attribution/status', 'location', 'date', 'summary']) field.append(el('option', null, f));
    const value = el('textarea', { id: 'r-value', placeholder: '"ASSAULT" or {"value": 4, …}' });
    field.onchange = () => { value.value = JSON.stringify(pick(d.event.event, field.value), null, 1) || 'null'; };
    field.onchange();
    const other = el('input', { id: 'r-other', placeholder: 'other event id', size: 18 });
    const mention = el('select', { id: 'r-mention' });
    for (const m of d.mentions || []) mention.append(el('option', { value: m.id }, m.id + ' (' + m.articleId + ')'));

    async function send(action, extra) {
      localStorage.setItem('vigie.reviewer', reviewer.value.trim());
      sessionStorage.setItem('vigie.token', token.value.trim());
      msg.className = 'msg';
      msg.textContent = '…';
      try {
        const res = await api('/api/events/' + encodeURIComponent(id) + '/review', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token.value.trim() },
          body: JSON.stringify(Object.assign({ action, reviewer: reviewer.value.trim(), reason: reason.value.trim() || null }, extra))
        });
        const next = res.events && res.events.length ? res.events[0].event.id : id;
        await openEvent(next);
        const m = $('#review-msg');
        if (m) { m.className = 'msg ok'; m.textContent = action + ' ✓'; }
        loadTable(false); loadMap();
      } catch (e) {
        msg.className = 'msg err';
        msg.textContent = e.message;
      }
    }
    function parsedValue() {
      try { return JSON.parse(value.value); } catch (e) { throw new Error('value is not JSON: ' + e.message); }
    }
    const btn = (label, idAttr, fn) => el('button', { type: 'button', id: idAttr, onclick: fn }, label);
    return el('form', { class: 'review', onsubmit: (e) => e.preventDefault() },
      el('h3', null, t('reviewActions') + (state.config.writes ? '' : ' (writes disabled on this server)')),
      el('div', { class: 'row' }, reviewer, token, reason),
      el('div', { class: 'row' }, btn(t('accept'), 'r-accept', () => send('accept')), btn(t('reject'), 'r-reject', () => send('reject'))),
      el('div', { class: 'row' }, field, btn(t('correct'), 'r-correct', () => {
        let v; try { v = parsedValue(); } catch (e) { msg.className = 'msg err'; msg.textContent = e.message; return; }
        send('correct', { field: field.value, value: v });
      })),
      value,
      el('div', { class: 'row' }, other, btn(t('merge'), 'r-merge', () => send('merge', { otherEventId: other.value.trim() }))),
      el('div', { class: 'row' }, mention, btn(t('split'), 'r-split', () => send('split', { mentionId: mention.value }))),
      msg);
  }

  function pick(obj, path) {
    return path.split('/').reduce((o, k) => (o === null || o === undefined ? null : o[k]), obj);
  }

  // ---- language ----------------------------------------------------------------------------
  function applyLanguage() {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
    for (const e of document.querySelectorAll('[data-i18n]')) {
      if (!e.dataset.en) e.dataset.en = e.textContent;
      const k = e.dataset.i18n;
      e.textContent = (I18N[lang] && I18N[lang][k]) || e.dataset.en;
    }
    $('#ui-lang').value = lang;
    if (state.current) renderPanel(state.current);
  }

  // ---- start -------------------------------------------------------------------------------
  async function main() {
    try { state.config = await api('/api/config'); } catch (e) { /* reads protected: defaults */ }
    applyLanguage();
    initMap();
    $('#filters').addEventListener('submit', (e) => { e.preventDefault(); applyFilters(); });
    $('#f-reset').onclick = () => { $('#filters').reset(); $('#ui-lang').value = lang; applyFilters(); };
    $('#timeline-clear').onclick = () => { $('#f-from').value = ''; $('#f-to').value = ''; applyFilters(); };
    $('#more').onclick = () => loadTable(true);
    $('#ui-lang').onchange = (e) => { lang = e.target.value; localStorage.setItem('vigie.lang', lang); applyLanguage(); };
    window.addEventListener('resize', drawTimeline);
    applyFilters();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', main);
  else main();
})();
