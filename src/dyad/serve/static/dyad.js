// dyad's shared browser code: API calls, colours, and the article reader that marks every event's evidence.
"use strict";

const dyad = (() => {
  const QUADS = {1: ["verbal cooperation", "#4c9be8"], 2: ["material cooperation", "#2a6f3a"],
                 3: ["verbal conflict", "#e8a33c"], 4: ["material conflict", "#c8323b"]};

  async function api(path, params, options) {
    const query = params ? "?" + new URLSearchParams(params).toString() : "";
    const res = await fetch(path + query, Object.assign({credentials: "same-origin"}, options || {}));
    let body = null;
    try { body = await res.json(); } catch (e) { body = null; }
    if (!res.ok) throw new Error((body && body.error) || `${res.status} ${res.statusText}`);
    return body;
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v; else if (k === "text") node.textContent = v;
      else node.setAttribute(k, v);
    }
    for (const c of children) if (c !== null && c !== undefined) node.append(c);
    return node;
  }

  const SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // Goldstein -10 (red) .. 0 (grey) .. +10 (blue)
  function goldsteinColour(g) {
    if (g === null || g === undefined) return "#888";
    const t = Math.max(-1, Math.min(1, g / 10));
    const grey = [150, 150, 150], red = [200, 40, 50], blue = [40, 100, 210];
    const end = t < 0 ? red : blue, a = Math.abs(t);
    const c = grey.map((v, i) => Math.round(v + (end[i] - v) * a));
    return `rgb(${c[0]},${c[1]},${c[2]})`;
  }

  function actorLabel(m) {
    if (!m) return "—";
    return m.code || m.name || m.text;
  }

  // An event's PLOVER type with its mode and context, those it has: "ASSAULT / heavy-weapons / military"
  function ploverLabel(e) {
    return [e.plover, e.plover_mode, e.plover_context].filter(Boolean).join(" / ");
  }

  // The article reader: the text cut at every span boundary, each piece carrying the classes of the spans over it.
  function marks(doc) {
    const out = [];
    (doc.events || []).forEach((e, i) => {
      if (e.source) out.push({start: e.source.start, end: e.source.end, cls: "src", ev: i});
      if (e.verb) out.push({start: e.verb.start, end: e.verb.end, cls: "verb", ev: i});
      if (e.target) out.push({start: e.target.start, end: e.target.end, cls: "tgt", ev: i});
    });
    (doc.quotes || []).forEach((q, j) => {
      out.push({start: q.start, end: q.end, cls: "quote", q: j});
      if (q.speaker) out.push({start: q.speaker.start, end: q.speaker.end, cls: "speaker", q: j});
    });
    (doc.places || []).forEach((p, k) => {
      out.push({start: p.start, end: p.end, cls: p.literal ? "place" : "place figurative", pl: k});
    });
    return out.filter(m => Number.isInteger(m.start) && Number.isInteger(m.end) && m.end > m.start);
  }

  function renderText(container, doc) {
    const text = doc.text || "";
    const ms = marks(doc);
    const cuts = new Set([0, text.length]);
    for (const m of ms) { cuts.add(Math.min(m.start, text.length)); cuts.add(Math.min(m.end, text.length)); }
    const points = [...cuts].sort((a, b) => a - b);
    container.textContent = "";
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const piece = text.slice(a, b);
      const over = ms.filter(m => m.start <= a && m.end >= b);
      if (!over.length) { container.append(piece); continue; }
      const cls = new Set(), evs = new Set(), qs = new Set(), pls = new Set();
      for (const m of over) {
        m.cls.split(" ").forEach(c => cls.add(c));
        if (m.ev !== undefined) evs.add(m.ev);
        if (m.q !== undefined) qs.add(m.q);
        if (m.pl !== undefined) pls.add(m.pl);
      }
      container.append(el("span", {
        class: "mark " + [...cls].join(" "),
        "data-ev": evs.size ? [...evs].join(" ") : null,
        "data-q": qs.size ? [...qs].join(" ") : null,
        "data-pl": pls.size ? [...pls].join(" ") : null,
        "data-start": a,
      }, piece));
    }
  }

  function spotlight(root, attr, id, on) {
    root.querySelectorAll(`[${attr}~="${id}"]`).forEach(n => n.classList.toggle("on", on));
  }

  function renderArticle(doc, focusVerb) {
    const root = document.getElementById("article");
    const text = document.getElementById("text");
    document.getElementById("title").textContent = doc.title || "(untitled)";
    const meta = [doc.date, doc.outlet, doc.language, doc.id ? `id ${doc.id}` : null].filter(Boolean).join(" · ");
    const metaNode = document.getElementById("meta");
    metaNode.textContent = meta;
    if (doc.url) { metaNode.append(" · "); metaNode.append(el("a", {href: doc.url, rel: "noreferrer"}, "source page")); }
    if (doc.skipped) metaNode.append(el("strong", {}, ` · not coded: ${doc.skipped}`));
    renderText(text, doc);

    const tbody = document.querySelector("#doc-events tbody");
    tbody.textContent = "";
    (doc.events || []).forEach((e, i) => {
      const row = el("tr", {"data-ev": i, id: `ev-${i}`, tabindex: 0},
        el("td", {}, actorLabel(e.source)),
        el("td", {title: ploverLabel(e) ? `PLOVER ${ploverLabel(e)}` : ""}, `${e.code} ${e.name || ""}`),
        el("td", {}, actorLabel(e.target)),
        el("td", {}, e.modality),
        el("td", {}, e.date || ""));
      const on = v => () => { spotlight(text, "data-ev", i, v); row.classList.toggle("on", v); };
      row.addEventListener("mouseenter", on(true)); row.addEventListener("mouseleave", on(false));
      row.addEventListener("focus", on(true)); row.addEventListener("blur", on(false));
      tbody.append(row);
    });
    if (!(doc.events || []).length) tbody.append(el("tr", {}, el("td", {}, "no events")));

    const ql = document.getElementById("doc-quotes");
    ql.textContent = "";
    (doc.quotes || []).forEach((q, j) => {
      const li = el("li", {"data-q": j}, el("b", {}, q.speaker ? (q.speaker.name || q.speaker.text) : "unattributed"),
                    ` ${q.cue || ""}: “${q.text}”`);
      li.addEventListener("mouseenter", () => spotlight(text, "data-q", j, true));
      li.addEventListener("mouseleave", () => spotlight(text, "data-q", j, false));
      ql.append(li);
    });
    const pl = document.getElementById("doc-places");
    pl.textContent = "";
    (doc.places || []).forEach((p, k) => {
      const where = p.lat !== null && p.lat !== undefined ? ` (${p.lat.toFixed(2)}, ${p.lon.toFixed(2)})` : "";
      const li = el("li", {"data-pl": k}, `${p.text} → ${p.name || "?"}, ${p.country || "?"}${where}`,
                    p.literal ? "" : " — stands for its government or people");
      li.addEventListener("mouseenter", () => spotlight(text, "data-pl", k, true));
      li.addEventListener("mouseleave", () => spotlight(text, "data-pl", k, false));
      pl.append(li);
    });
    root.hidden = false;
    if (focusVerb !== null && focusVerb !== undefined) {
      const i = (doc.events || []).findIndex(e => e.verb && e.verb.start === focusVerb);
      if (i >= 0) {
        spotlight(text, "data-ev", i, true);
        document.getElementById(`ev-${i}`).classList.add("on");
        const first = text.querySelector(`[data-ev~="${i}"]`);
        if (first) first.scrollIntoView({block: "center"});
      }
    }
  }

  return {api, el, svg, QUADS, goldsteinColour, actorLabel, ploverLabel, renderArticle, renderText};
})();
