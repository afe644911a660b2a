// The events page: filters in the address, a table with paging, a timeline, an actor network and a map.
"use strict";
(() => {
  const form = document.getElementById("filters");
  const status = document.getElementById("status");
  const PAGE = 50;
  let offset = 0;

  function filters() {
    const params = {};
    for (const [k, v] of new FormData(form).entries()) if (v !== "") params[k] = v;
    if (params.modality === "asserted") delete params.modality;
    return params;
  }

  function fromAddress() {
    const q = new URLSearchParams(location.search);
    for (const field of form.elements) if (field.name && q.has(field.name)) field.value = q.get(field.name);
    offset = Math.max(0, Number(q.get("offset")) || 0);
  }

  function showError(e) {
    status.textContent = e.message;
    status.classList.add("error");
  }

  async function load() {
    const params = filters();
    history.replaceState(null, "", "?" + new URLSearchParams(Object.assign({}, params, offset ? {offset} : {})));
    status.textContent = "Loading…";
    status.classList.remove("error");
    try {
      const [page, days, dyads, places] = await Promise.all([
        dyad.api("/events", Object.assign({}, params, {limit: PAGE, offset})),
        dyad.api("/events/aggregate", Object.assign({}, params, {by: "day,quad"})),
        dyad.api("/events/aggregate", Object.assign({}, params, {by: "dyad", limit: 40})),
        dyad.api("/events/aggregate", Object.assign({}, params, {by: "location", limit: 500})),
      ]);
      table(page);
      timeline(days.groups);
      network(dyads.groups);
      await map(places.groups);  // the outline loads once, on the first call: the status waits for it
      const total = days.groups.reduce((n, g) => n + g.count, 0);
      status.textContent = `${total} event${total === 1 ? "" : "s"} match.`;
    } catch (e) {
      showError(e);
    }
  }

  function table(page) {
    const tbody = document.querySelector("#events tbody");
    tbody.textContent = "";
    for (const e of page.events) {
      const link = `/article/${e.document_id}?verb=${e.verb.start}`;
      const evidence = [e.source && e.source.text, e.verb.text, e.target && e.target.text].filter(Boolean).join(" … ");
      tbody.append(dyad.el("tr", {},
        dyad.el("td", {}, e.date || ""),
        dyad.el("td", {title: e.source ? e.source.name || "" : ""}, dyad.actorLabel(e.source)),
        dyad.el("td", {title: dyad.ploverLabel(e) ? `PLOVER ${dyad.ploverLabel(e)}` : ""}, `${e.code} ${e.name || ""}`),
        dyad.el("td", {title: e.target ? e.target.name || "" : ""}, dyad.actorLabel(e.target)),
        dyad.el("td", {}, e.modality),
        dyad.el("td", {class: "num"}, e.goldstein === null ? "" : String(e.goldstein)),
        dyad.el("td", {}, e.location ? e.location.name : ""),
        dyad.el("td", {}, dyad.el("a", {href: link, title: "see why this row exists"}, evidence))));
    }
    if (!page.events.length) tbody.append(dyad.el("tr", {}, dyad.el("td", {colspan: 8}, "No events match.")));
    document.getElementById("prev").disabled = offset === 0;
    document.getElementById("next").disabled = page.next === null;
    document.getElementById("page").textContent = page.events.length
      ? `${offset + 1}–${offset + page.events.length}` : "";
  }

  function dayNumber(iso) { return Date.parse(iso + "T00:00:00Z") / 86400000; }

  function timeline(groups) {
    const chart = document.getElementById("timeline");
    chart.textContent = "";
    const dated = groups.filter(g => g.day);
    const legend = document.getElementById("timeline-legend");
    legend.textContent = "";
    for (const [q, [name, colour]] of Object.entries(dyad.QUADS)) {
      legend.append(dyad.el("span", {class: "key"}, dyad.el("i", {style: null, "data-colour": colour}), `${q} ${name}`));
    }
    legend.querySelectorAll("i").forEach(i => { i.style.background = i.dataset.colour; });
    if (!dated.length) { chart.append(dyad.svg("text", {x: 300, y: 90, "text-anchor": "middle"}, "no dated events")); return; }
    const first = dayNumber(dated[0].day), last = dayNumber(dated[dated.length - 1].day);
    const span = last - first + 1;
    const totals = new Map();
    for (const g of dated) totals.set(g.day, (totals.get(g.day) || 0) + g.count);
    const max = Math.max(...totals.values());
    const left = 30, width = 560, top = 10, height = 140;
    const w = width / span;
    const stacked = new Map();
    for (const g of dated) {
      const below = stacked.get(g.day) || 0;
      const h = height * g.count / max, y = top + height - height * (below + g.count) / max;
      stacked.set(g.day, below + g.count);
      const rect = dyad.svg("rect", {x: left + (dayNumber(g.day) - first) * w, y, width: Math.max(w - 0.5, 0.6),
                                     height: h, fill: (dyad.QUADS[g.quad] || ["", "#888"])[1], class: "bar"});
      rect.append(dyad.svg("title", {}, `${g.day}: ${g.count} ${(dyad.QUADS[g.quad] || ["?"])[0]}`));
      chart.append(rect);
    }
    chart.append(dyad.svg("line", {x1: left, y1: top + height, x2: left + width, y2: top + height, class: "axis"}));
    chart.append(dyad.svg("text", {x: left, y: top + height + 16, class: "tick"}, dated[0].day));
    chart.append(dyad.svg("text", {x: left + width, y: top + height + 16, "text-anchor": "end", class: "tick"},
                          dated[dated.length - 1].day));
    chart.append(dyad.svg("text", {x: left - 4, y: top + 8, "text-anchor": "end", class: "tick"}, String(max)));
  }

  function network(groups) {
    const chart = document.getElementById("network");
    chart.textContent = "";
    const edges = groups.filter(g => g.source && g.target && g.source !== g.target);
    if (!edges.length) { chart.append(dyad.svg("text", {x: 300, y: 180, "text-anchor": "middle"}, "no dyads")); return; }
    const names = [...new Set(edges.flatMap(e => [e.source, e.target]))];
    const W = 600, H = 360;
    const nodes = names.map((name, i) => {
      const a = 2 * Math.PI * i / names.length;
      return {name, x: W / 2 + 140 * Math.cos(a), y: H / 2 + 140 * Math.sin(a), dx: 0, dy: 0, weight: 0};
    });
    const at = new Map(nodes.map(n => [n.name, n]));
    for (const e of edges) { at.get(e.source).weight += e.count; at.get(e.target).weight += e.count; }
    // a small force layout, deterministic: repulsion between all nodes, springs along dyads, a pull to the centre;
    // then scaled to fill the drawing
    const k = Math.sqrt(W * H / nodes.length) * 0.8;
    for (let step = 0; step < 300; step++) {
      const heat = 10 * (1 - step / 300) + 0.2;
      for (const n of nodes) { n.dx = (W / 2 - n.x) * 0.02; n.dy = (H / 2 - n.y) * 0.02; }
      for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i], b = nodes[j];
        const dx = a.x - b.x, dy = a.y - b.y, d = Math.max(Math.hypot(dx, dy), 0.5), f = k * k / d / d;
        a.dx += dx * f; a.dy += dy * f; b.dx -= dx * f; b.dy -= dy * f;
      }
      for (const e of edges) {
        const a = at.get(e.source), b = at.get(e.target);
        const dx = b.x - a.x, dy = b.y - a.y, d = Math.max(Math.hypot(dx, dy), 0.5), f = d / k * 0.25;
        a.dx += dx * f; a.dy += dy * f; b.dx -= dx * f; b.dy -= dy * f;
      }
      for (const n of nodes) {
        const d = Math.max(Math.hypot(n.dx, n.dy), 1e-9), m = Math.min(d, heat);
        n.x += n.dx / d * m; n.y += n.dy / d * m;
      }
    }
    const xs = nodes.map(n => n.x), ys = nodes.map(n => n.y);
    const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
    for (const n of nodes) {
      n.x = 30 + (W - 110) * (x1 > x0 ? (n.x - x0) / (x1 - x0) : 0.5);
      n.y = 20 + (H - 40) * (y1 > y0 ? (n.y - y0) / (y1 - y0) : 0.5);
    }
    const maxCount = Math.max(...edges.map(e => e.count));
    for (const e of edges) {
      const a = at.get(e.source), b = at.get(e.target);
      const line = dyad.svg("line", {x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: "edge",
                                     stroke: dyad.goldsteinColour(e.goldstein),
                                     "stroke-width": (1 + 7 * Math.sqrt(e.count / maxCount)).toFixed(2)});
      line.append(dyad.svg("title", {}, `${e.source} → ${e.target}: ${e.count} events, mean Goldstein ${e.goldstein}`));
      chart.append(line);
    }
    const maxWeight = Math.max(...nodes.map(n => n.weight));
    for (const n of nodes) {
      const g = dyad.svg("g", {class: "node", "data-actor": n.name});
      g.append(dyad.svg("circle", {cx: n.x, cy: n.y, r: (3 + 6 * Math.sqrt(n.weight / maxWeight)).toFixed(2)}));
      g.append(dyad.svg("text", {x: n.x + 8, y: n.y + 4}, n.name));
      g.addEventListener("click", () => { form.elements.actor.value = n.name; offset = 0; load(); });
      chart.append(g);
    }
  }

  let outline = null;
  async function map(groups) {
    const chart = document.getElementById("map");
    if (outline === null) {
      outline = await dyad.api("/world.json");
      document.getElementById("map-note").textContent = outline.missing || "";
    }
    chart.textContent = "";
    chart.append(dyad.svg("rect", {x: 0, y: 0, width: 360, height: 180, class: "sea"}));
    for (const c of outline.countries) {
      const path = dyad.svg("path", {d: c.d, class: "land"});
      path.append(dyad.svg("title", {}, c.name));
      chart.append(path);
    }
    const max = Math.max(1, ...groups.map(g => g.count));
    for (const g of groups) {
      if (g.lat === null || g.lon === null) continue;
      const dot = dyad.svg("circle", {cx: g.lon + 180, cy: 90 - g.lat, r: (0.8 + 4 * Math.sqrt(g.count / max)).toFixed(2),
                                      fill: dyad.goldsteinColour(g.goldstein), class: "place-dot"});
      dot.append(dyad.svg("title", {}, `${g.location} (${g.country || "?"}): ${g.count} events, mean Goldstein ${g.goldstein}`));
      dot.addEventListener("click", () => { form.elements.place.value = g.location; offset = 0; load(); });
      chart.append(dot);
    }
  }

  form.addEventListener("submit", ev => { ev.preventDefault(); offset = 0; load(); });
  form.addEventListener("reset", () => setTimeout(() => { offset = 0; load(); }, 0));
  document.getElementById("prev").addEventListener("click", () => { offset = Math.max(0, offset - PAGE); load(); });
  document.getElementById("next").addEventListener("click", () => { offset += PAGE; load(); });
  fromAddress();
  load();
})();
