/* newsgraph network page: state, filters, network, search, header. Panel, timeline and map
   are in viewpanel.js, viewtime.js and viewmap.js (concatenated after this file).
   Every text from articles is set with textContent (never innerHTML). */
(function () {
  "use strict";
  var timings = { start: performance.now() };
  var data = JSON.parse(document.getElementById("ng-data").textContent);
  timings.parsed = performance.now();
  /* Columns of data.events (graph/view/payload.py, _event_row). */
  var EV = { A: 0, T: 1, VERB: 2, CLS: 3, DATE: 4, PLACE: 5, NEG: 6, MOD: 7, SENT: 8, DOC: 9,
    ATTR: 10, ATEXT: 11, TTEXT: 12, REL: 13 };
  var LABEL_MIN = 11, LABEL_MAX = 19, LABELS_MAX = 40, FOCUS_LABELS = 15, MANY_EDGES = 600;
  var DIM = "rgba(190,190,190,0.35)", INK = "#343434", DIM_INK = "#b8b8b8";
  var HYPO = data.modalities.indexOf("hypothetical");
  var tip = document.getElementById("ng-tooltip");
  var big = !data.physics;
  var nodeById = {}, edgeById = {}, baseNode = {}, baseEdge = {}, eventsOf = {};
  data.nodes.forEach(function (n) {
    nodeById[n.id] = n; baseNode[n.id] = n.color; eventsOf[n.id] = [];
    n.value = Math.sqrt(n.events); n.px = n.x; n.py = n.y;
  });
  data.edges.forEach(function (e) { edgeById[e.id] = e; baseEdge[e.id] = e.color; e.action = e.label; if (big) { delete e.label; } });
  data.events.forEach(function (e, i) {
    var a = e[EV.A] >= 0 ? data.names[e[EV.A]][0] : null, t = e[EV.T] >= 0 ? data.names[e[EV.T]][0] : null;
    if (a !== null && eventsOf[a]) { eventsOf[a].push(i); }
    if (t !== null && t !== a && eventsOf[t]) { eventsOf[t].push(i); }
  });
  var state = {
    types: new Set(data.types.map(function (t) { return t.name; })),
    classes: new Set(data.classes.map(function (c) { return c.name; })),
    modalities: new Set(data.modalities),
    dashed: true, relations: data.showRelations, from: "", to: "", place: -1,
    /* A big overview draws the pairs with two events or more; single mentions one click away. */
    minEdge: big && data.edges.length > MANY_EDGES ? 2 : 1,
    focus: null, selection: null
  };
  if (data.othersHidden) { state.types.delete("other"); }
  var pass = new Uint8Array(data.events.length), passUndated = new Uint8Array(data.events.length);
  var passAnywhere = new Uint8Array(data.events.length);
  var nodePass = {}, edgePass = {}, listeners = [];

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    if (cls) { node.className = cls; }
    return node;
  }

  function inRange(d) {
    if (!state.from && !state.to) { return true; }
    if (!d) { return false; }
    /* "2017" (a year) overlaps any bound within 2017: compare on the shorter precision. */
    return (!state.from || d >= state.from.slice(0, d.length)) &&
      (!state.to || d.slice(0, state.to.length) <= state.to);
  }

  /* Whether an event passes the filters on its kind; dates and place are applied apart
     (the timeline shows every date, the map every place). */
  function passesKind(e) {
    return state.classes.has(data.classes[e[EV.CLS]].name) &&
      state.modalities.has(data.modalities[e[EV.MOD]]) &&
      (state.dashed || !(e[EV.NEG] || e[EV.MOD] === HYPO)) &&
      (state.relations || !e[EV.REL]);
  }

  function computePass() {
    nodePass = {}; edgePass = {};
    data.events.forEach(function (e, i) {
      var kind = passesKind(e), dated = kind && inRange(e[EV.DATE]);
      var placed = state.place < 0 || e[EV.PLACE] === state.place;
      passUndated[i] = kind && placed ? 1 : 0;
      passAnywhere[i] = dated ? 1 : 0;
      pass[i] = dated && placed ? 1 : 0;
      if (!pass[i]) { return; }
      var a = e[EV.A] >= 0 ? data.names[e[EV.A]][0] : null;
      if (a !== null) { nodePass[a] = (nodePass[a] || 0) + 1; }
      if (e[EV.T] >= 0) { var t = data.names[e[EV.T]][0]; if (t !== a) { nodePass[t] = (nodePass[t] || 0) + 1; } }
    });
    data.edges.forEach(function (e) {
      var n = 0;
      e.ev.forEach(function (i) { n += pass[i]; });
      edgePass[e.id] = n;
    });
  }

  function nodeVisible(n) { return state.types.has(n.actor_type) && (nodePass[n.id] || 0) > 0; }
  function edgeVisible(e) {
    return edgePass[e.id] >= state.minEdge && nodeVisible(nodeById[e.from]) && nodeVisible(nodeById[e.to]);
  }

  computePass();
  /* Labels are placed once the network is drawn (placeLabels). */
  /* vis-network gets only what it draws; the rest stays in data (nodeById, edgeById). */
  function pick(item, keys) {
    var out = {};
    keys.forEach(function (k) { if (item[k] !== undefined) { out[k] = item[k]; } });
    out.hidden = false;
    return out;
  }
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var c = pick(n, ["id", "color", "shape", "value", "x", "y"]); c.label = ""; return c;
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    return pick(e, ["id", "from", "to", "label", "color", "dashes", "width", "arrows"]);
  }));
  /* Filters set "hidden" on the items whose visibility changed: vis-network keeps hidden
     items (a DataView would remove and re-create thousands of them on every change). */
  var shownNodes = new Set(), shownEdges = new Set();
  function shownView(byId, shown) {
    return {
      get length() { return shown.size; },
      get: function (id) {
        if (id === undefined) { return Array.from(shown, function (key) { return byId[key]; }); }
        return shown.has(id) ? byId[id] : null;
      },
      getIds: function () { return Array.from(shown); }
    };
  }
  var nodeView = shownView(nodeById, shownNodes), edgeView = shownView(edgeById, shownEdges);
  function applyVisibility() {
    var nodeChanges = [], edgeChanges = [];
    data.nodes.forEach(function (n) {
      var on = nodeVisible(n);
      if (on !== shownNodes.has(n.id)) { nodeChanges.push({ id: n.id, hidden: !on }); }
      if (on) { shownNodes.add(n.id); } else { shownNodes.delete(n.id); }
    });
    data.edges.forEach(function (e) {
      var on = edgeVisible(e);
      if (on !== shownEdges.has(e.id)) { edgeChanges.push({ id: e.id, hidden: !on }); }
      if (on) { shownEdges.add(e.id); } else { shownEdges.delete(e.id); }
    });
    nodes.update(nodeChanges);
    edges.update(edgeChanges);
  }
  data.nodes.forEach(function (n) { shownNodes.add(n.id); });
  data.edges.forEach(function (e) { shownEdges.add(e.id); });
  applyVisibility();
  var options = {
    nodes: {
      borderWidth: 1, font: { size: 14, strokeWidth: 4, strokeColor: "#ffffff" },
      scaling: { min: 6, max: 40, label: { enabled: false } }
    },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.5 } }, color: { inherit: false, opacity: big ? 0.5 : 1 },
      font: { size: 10, align: "middle", strokeWidth: 3, strokeColor: "#ffffff" },
      smooth: big ? false : { type: "continuous" }, selectionWidth: 2
    },
    physics: big ? false : {
      solver: "barnesHut", barnesHut: { springLength: 160, avoidOverlap: 0.4 },
      stabilization: { iterations: 150, updateInterval: 50 }
    },
    interaction: { hover: true, tooltipDelay: 100, hideEdgesOnDrag: big, hideEdgesOnZoom: big },
    layout: { improvedLayout: false }
  };
  timings.datasets = performance.now();
  var network = new vis.Network(document.getElementById("ng-network"),
    { nodes: nodes, edges: edges }, options);
  var api = { network: network, nodes: nodes, edges: edges, nodeView: nodeView, edgeView: edgeView,
    data: data, EV: EV, state: state, big: big, pass: pass, passUndated: passUndated, passAnywhere: passAnywhere,
    eventsOf: eventsOf, nodeById: nodeById, edgeById: edgeById, el: el, ready: false, readyAt: null, settled: big,
    find: find, refresh: refresh, select: select, setDates: setDates, setPlace: setPlace,
    setOthers: setOthers, exportPng: exportPng, lastPng: null, labelsShown: 0,
    listeners: listeners, timings: timings, on: function (fn) { listeners.push(fn); } };
  timings.network = performance.now();
  window.ngView = api;

  network.once("afterDrawing", function () {
    api.ready = true;
    api.readyAt = timings.drawn = performance.now();
    document.body.setAttribute("data-ready", "1");
    placeLabels();
  });
  network.on("stabilizationIterationsDone", function () {
    network.setOptions({ physics: false });
    api.settled = true;
  });

  /* Labels: the biggest nodes first, each only where it overlaps no label already placed
     (on screen, at the current zoom); zooming in makes room for more, hovering shows any. */
  var labelled = {}, labelTimer = null;
  function placeLabels() {
    var shown = nodeView.get();
    var scale = network.getScale(), box = document.getElementById("ng-network").getBoundingClientRect();
    var values = shown.map(function (n) { return n.value; });
    var lo = Math.min.apply(null, values), hi = Math.max.apply(null, values);
    var pos = network.getPositions(shown.map(function (n) { return n.id; }));
    var boxes = [], keep = {};
    shown.sort(function (x, y) { return y.value - x.value; });
    shown.forEach(function (n) {
      if (boxes.length >= LABELS_MAX) { return; }
      var p = network.canvasToDOM(pos[n.id]);
      if (p.x < 0 || p.y < 0 || p.x > box.width || p.y > box.height) { return; }
      var frac = hi === lo ? 0.5 : (n.value - lo) / (hi - lo);
      var font = LABEL_MIN + frac * (LABEL_MAX - LABEL_MIN);  /* on screen, in px */
      var r = (network.body.nodes[n.id] ? network.body.nodes[n.id].options.size : 8) * scale;
      var w = nodeById[n.id].label.length * font * 0.58 + 6;
      var rect = [p.x - w / 2, p.y - r, p.x + w / 2, p.y + r + font * 1.3];
      if (boxes.some(function (o) { return rect[0] < o[2] && o[0] < rect[2] && rect[1] < o[3] && o[1] < rect[3]; })) { return; }
      boxes.push(rect);
      keep[n.id] = font / scale;
    });
    /* Font sizes are in canvas units: set again at every zoom, so labels keep their size on screen. */
    var changed = data.nodes.filter(function (n) { return labelled[n.id] || keep[n.id]; });
    labelled = keep;
    nodes.update(changed.map(function (n) {
      return keep[n.id] ? { id: n.id, label: n.label, font: { size: keep[n.id] } } : { id: n.id, label: "" };
    }));
    api.labelsShown = boxes.length;
  }
  function placeLabelsSoon() {
    clearTimeout(labelTimer);
    labelTimer = setTimeout(placeLabels, 120);
  }
  ["zoom", "dragEnd", "stabilizationIterationsDone"].forEach(function (name) { network.on(name, placeLabelsSoon); });

  /* Neighbourhood highlight: small pages recolour the data; big ones paint the
     neighbourhood over a veil after each draw (updating thousands of items takes seconds). */
  function highlight(id) {
    state.focus = id;
    if (big) { network.redraw(); return; }
    var near = new Set(network.getConnectedNodes(id));
    near.add(id);
    var touching = new Set(network.getConnectedEdges(id));
    nodes.update(data.nodes.map(function (n) {
      var keep = near.has(n.id);
      return { id: n.id, color: keep ? baseNode[n.id] : DIM, font: { color: keep ? INK : DIM_INK } };
    }));
    edges.update(data.edges.map(function (e) {
      return { id: e.id, color: touching.has(e.id) ? baseEdge[e.id] : DIM };
    }));
  }

  function clearHighlight() {
    if (state.focus === null) { return; }
    state.focus = null;
    if (big) { network.redraw(); return; }
    nodes.update(data.nodes.map(function (n) { return { id: n.id, color: baseNode[n.id], font: { color: INK } }; }));
    edges.update(data.edges.map(function (e) { return { id: e.id, color: baseEdge[e.id] }; }));
  }

  function paintFocus(ctx) {
    var id = state.focus;
    if (!big || id === null || !nodeView.get(id)) { return; }
    var near = network.getConnectedNodes(id).filter(function (n) { return shownNodes.has(n); }).concat([id]);
    var pos = network.getPositions(near);
    var box = document.getElementById("ng-network").getBoundingClientRect();
    var a = network.DOMtoCanvas({ x: 0, y: 0 }), b = network.DOMtoCanvas({ x: box.width, y: box.height });
    ctx.save();
    ctx.fillStyle = "rgba(255,255,255,0.85)";
    ctx.fillRect(a.x, a.y, b.x - a.x, b.y - a.y);
    network.getConnectedEdges(id).forEach(function (eid) {
      var e = edgeView.get(eid);
      if (!e || !pos[e.from] || !pos[e.to]) { return; }
      ctx.strokeStyle = baseEdge[eid];
      ctx.lineWidth = e.width || 1;
      ctx.setLineDash(e.dashes ? [6, 4] : []);
      ctx.beginPath(); ctx.moveTo(pos[e.from].x, pos[e.from].y); ctx.lineTo(pos[e.to].x, pos[e.to].y); ctx.stroke();
    });
    ctx.setLineDash([]);
    var scale = Math.max(network.getScale(), 0.05);
    ctx.font = (13 / scale).toFixed(1) + "px system-ui, sans-serif";
    ctx.textAlign = "center";
    /* Every neighbour as a dot, but only the biggest ones labelled: a hub has hundreds. */
    var size = function (nid) { return network.body.nodes[nid] ? network.body.nodes[nid].options.size : 8; };
    near.sort(function (x, y) { return (y === id) - (x === id) || size(y) - size(x); });
    near.forEach(function (nid, rank) {
      var p = pos[nid], r = size(nid);
      ctx.fillStyle = baseNode[nid];
      ctx.beginPath(); ctx.arc(p.x, p.y, r, 0, 2 * Math.PI); ctx.fill();
      ctx.lineWidth = (nid === id ? 3 : 1) / scale; ctx.strokeStyle = "#333"; ctx.stroke();
      if (rank < FOCUS_LABELS) {
        ctx.lineWidth = 3 / scale; ctx.strokeStyle = "#fff"; ctx.fillStyle = "#222";
        ctx.strokeText(nodeById[nid].label, p.x, p.y + r + 14 / scale);
        ctx.fillText(nodeById[nid].label, p.x, p.y + r + 14 / scale);
      }
    });
    ctx.restore();
  }
  network.on("afterDrawing", paintFocus);

  /* A selection (a node or an edge) opens the side panel (viewpanel.js) with its events. */
  function select(kind, id) {
    tip.hidden = true;
    if (kind === null) { state.selection = null; clearHighlight(); notify(); return; }
    state.selection = { kind: kind, id: id };
    if (kind === "node") { highlight(id); } else { clearHighlight(); }
    notify();
  }

  network.on("click", function (params) {
    if (params.nodes.length) { select("node", params.nodes[0]); }
    else if (params.edges.length) { select("edge", params.edges[0]); }
    else { select(null); }
  });

  /* Search: exact label, id or alias first, then the first name containing the text. */
  function matches(text) {
    var q = String(text).trim().toLowerCase();
    if (!q) { return []; }
    var found = [];
    data.nodes.forEach(function (n) {
      var names = [n.label, String(n.id)].concat(n.aliases);
      var best = 9, hit = null;
      names.forEach(function (name, k) {
        var low = name.toLowerCase(), pos = low.indexOf(q);
        if (pos < 0) { return; }
        var rank = low === q ? 0 : pos === 0 ? 1 : 2;
        if (rank < best) { best = rank; hit = k; }
      });
      if (hit !== null) { found.push({ node: n, rank: best, alias: hit > 1 ? names[hit] : null }); }
    });
    found.sort(function (a, b) { return a.rank - b.rank || b.node.events - a.node.events; });
    return found;
  }

  function find(text) {
    var status = document.getElementById("ng-search-status");
    var found = matches(text);
    if (!found.length) { status.textContent = "no actor matches \u201c" + text + "\u201d"; return null; }
    return focusNode(found[0].node.id);
  }

  function focusNode(id) {
    var hit = nodeById[id];
    if (!state.types.has(hit.actor_type)) { state.types.add(hit.actor_type); syncTypeBoxes(); refresh(); }
    document.getElementById("ng-search-status").textContent = "found: " + hit.label;
    network.selectNodes([hit.id], false);
    select("node", hit.id);
    network.focus(hit.id, { scale: Math.max(network.getScale(), 1.0), animation: big ? false : { duration: 400 } });
    return hit.id;
  }

  function showResults() {
    var text = document.getElementById("ng-search").value;
    var list = document.getElementById("ng-search-results");
    var found = matches(text);
    var rows = found.slice(0, 12).map(function (m) {
      var li = el("li");
      li.appendChild(el("span", m.node.events + " ev.", "ng-count"));
      li.appendChild(el("span", m.node.label));
      li.appendChild(el("span", m.alias ? "alias: " + m.alias : m.node.actor_type + (m.node.code ? " \u00b7 " + m.node.code : "") +
        (m.node.aliases.length ? " \u00b7 " + m.node.aliases.slice(0, 4).join(", ") : ""), "ng-alias"));
      li.setAttribute("data-id", m.node.id);
      li.addEventListener("click", function () { focusNode(m.node.id); });
      return li;
    });
    list.replaceChildren.apply(list, rows);
    document.getElementById("ng-search-status").textContent =
      text.trim() ? found.length + (found.length === 1 ? " actor matches" : " actors match") : "";
  }

  document.getElementById("ng-search").addEventListener("input", showResults);
  document.getElementById("ng-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    find(document.getElementById("ng-search").value);
  });

  /* Own tooltip built as DOM text, so article text can never become markup. */
  function nodeTip(n) {
    var box = el("div");
    box.appendChild(el("div", n.label, "ng-tip-head"));
    box.appendChild(el("div", n.actor_type + (n.code ? " \u00b7 " + n.code : "") + " \u00b7 id: " + n.id));
    box.appendChild(el("div", n.events + " events \u00b7 " + n.degree + " neighbours \u00b7 click to list them"));
    if (n.aliases.length) { box.appendChild(el("div", "also: " + n.aliases.slice(0, 6).join(", "))); }
    return box;
  }
  function edgeTip(e) {
    var box = el("div");
    box.appendChild(el("div", nodeById[e.from].label + " \u2192 " + nodeById[e.to].label, "ng-tip-head"));
    box.appendChild(el("div", e.action_class + (e.relation ? " (relation facts)" : "") + ": " +
      edgePass[e.id] + " of " + e.count + (e.count === 1 ? " event" : " events") + " \u00b7 " + e.action));
    box.appendChild(el("div", "click to list them"));
    return box;
  }
  function showTip(content, pointer) {
    tip.replaceChildren(content);
    var rect = document.getElementById("ng-network").getBoundingClientRect();
    tip.style.left = Math.min(rect.left + pointer.x + 14, window.innerWidth - 470) + "px";
    tip.style.top = (rect.top + pointer.y + 14) + "px";
    tip.hidden = false;
  }
  network.on("hoverNode", function (p) { showTip(nodeTip(nodeById[p.node]), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTip(edgeTip(edgeById[p.edge]), p.pointer.DOM); });
  ["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (name) {
    network.on(name, function () { tip.hidden = true; });
  });

  function notify() { listeners.forEach(function (fn) { fn(); }); }

  function refresh() {
    computePass();
    applyVisibility();
    document.getElementById("ng-visible").textContent =
      "visible: " + nodeView.length + " actors, " + edgeView.length + " edges";
    updateLegend();
    updateSummary();
    notify();
    if (api.ready) { placeLabelsSoon(); }
  }

  function setDates(from, to) {
    state.from = from || ""; state.to = to || "";
    document.getElementById("ng-date-from").value = state.from;
    document.getElementById("ng-date-to").value = state.to;
    refresh();
  }

  function setPlace(idx) { state.place = idx; refresh(); }

  /* "Other" actors: on a big page they have their own layout (nodes placed with them). */
  function setOthers(on) {
    if (on) { state.types.add("other"); } else { state.types.delete("other"); }
    if (data.othersHidden) {
      nodes.update(data.nodes.map(function (n) { return { id: n.id, x: on ? n.ax : n.px, y: on ? n.ay : n.py }; }));
    }
    syncTypeBoxes();
    refresh();
    network.fit({ animation: false });
    placeLabels();
  }

  function syncTypeBoxes() {
    document.querySelectorAll("#ng-types input").forEach(function (box) { box.checked = state.types.has(box.value); });
    document.getElementById("ng-others").checked = state.types.has("other");
  }

  function exportPng() {
    var src = document.querySelector("#ng-network canvas");
    var out = document.createElement("canvas");
    out.width = src.width; out.height = src.height;
    var ctx = out.getContext("2d");
    ctx.fillStyle = "#ffffff"; ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(src, 0, 0);
    var url = out.toDataURL("image/png");
    var link = document.createElement("a");
    link.download = "newsgraph-network.png"; link.href = url; link.click();
    api.lastPng = url;
    return url;
  }

  /* Header: a sentence a reader can take in at a glance, kept in step with the filters. */
  function updateSummary() {
    var h = data.header, parts = [h.documents.toLocaleString("en") + (h.documents === 1 ? " document" : " documents")];
    var y0 = h.first.slice(0, 4), y1 = h.last.slice(0, 4);
    if (y0) { parts.push(y0 === y1 ? y0 : y0 + "\u2013" + y1); }
    parts.push(nodeView.length.toLocaleString("en") + " of " + h.candidates.toLocaleString("en") + " actors shown");
    var f = [];
    if (state.from || state.to) { f.push((state.from || "\u2026") + " to " + (state.to || "\u2026")); }
    var offClasses = data.classes.filter(function (c) { return c.count && !state.classes.has(c.name); }).length;
    if (offClasses) { f.push(offClasses + " action classes off"); }
    var offTypes = data.types.filter(function (t) { return !state.types.has(t.name); }).map(function (t) { return t.name; });
    if (offTypes.length) { f.push("hidden: " + offTypes.join(", ")); }
    if (state.modalities.size < data.modalities.length) { f.push("some modalities off"); }
    if (!state.dashed) { f.push("no negated/hypothetical"); }
    if (state.minEdge > 1) { f.push("edges of \u2265 " + state.minEdge + " events"); }
    if (state.place >= 0) { f.push("place: " + data.places[state.place][0]); }
    if (state.relations) { f.push("relation facts shown"); }
    parts.push("filters: " + (f.length ? f.join(", ") : "none"));
    document.getElementById("ng-summary").textContent = parts.join(" \u00b7 ");
  }

  /* Legends double as filters; their counts follow the other filters. */
  var legendCounts = {};
  function checkbox(parent, set, value, label, swatch, onChange) {
    var row = el("label");
    var box = el("input");
    box.type = "checkbox"; box.checked = set.has(value); box.value = value;
    box.addEventListener("change", function () {
      if (box.checked) { set.add(value); } else { set.delete(value); }
      if (onChange) { onChange(box.checked); } else { refresh(); }
    });
    row.appendChild(box);
    if (swatch) { var sw = el("span", undefined, "ng-swatch " + swatch[1]); sw.style.background = swatch[0]; row.appendChild(sw); }
    row.appendChild(document.createTextNode(label + " "));
    var count = el("span", "", "ng-count");
    row.appendChild(count);
    legendCounts[parent.id + ":" + value] = count;
    parent.appendChild(row);
  }
  function updateLegend() {
    var perType = {}, perClass = {};
    nodeView.get().forEach(function (n) { perType[n.actor_type] = (perType[n.actor_type] || 0) + 1; });
    data.events.forEach(function (e, i) { if (pass[i]) { perClass[e[EV.CLS]] = (perClass[e[EV.CLS]] || 0) + 1; } });
    data.types.forEach(function (t) {
      legendCounts["ng-types:" + t.name].textContent = (perType[t.name] || 0) + "/" + t.count;
    });
    data.classes.forEach(function (c, k) {
      var cell = legendCounts["ng-classes:" + c.name];
      if (cell) { cell.textContent = String(perClass[k] || 0); }
    });
  }
  data.types.forEach(function (t) {
    checkbox(document.getElementById("ng-types"), state.types, t.name, t.name, [t.color, t.shape === "dot" ? "ng-dot" : ""],
      t.name === "other" ? setOthers : null);
  });
  data.classes.forEach(function (c) {
    if (c.count) { checkbox(document.getElementById("ng-classes"), state.classes, c.name, c.name, [c.color, "ng-line"]); }
  });
  data.modalities.forEach(function (m) { checkbox(document.getElementById("ng-modalities"), state.modalities, m, m); });
  function allClasses(on) {
    data.classes.forEach(function (c) { if (on) { state.classes.add(c.name); } else { state.classes.delete(c.name); } });
    document.querySelectorAll("#ng-classes input").forEach(function (box) { box.checked = on; });
    refresh();
  }
  document.getElementById("ng-classes-all").addEventListener("click", function () { allClasses(true); });
  document.getElementById("ng-classes-none").addEventListener("click", function () { allClasses(false); });
  document.getElementById("ng-dashed").addEventListener("change", function (ev) { state.dashed = ev.target.checked; refresh(); });
  var minEdge = document.getElementById("ng-min-edge");
  minEdge.value = String(state.minEdge);
  minEdge.addEventListener("change", function () { state.minEdge = Math.max(1, parseInt(minEdge.value, 10) || 1); refresh(); });
  document.getElementById("ng-date-from").addEventListener("change", function (ev) { setDates(ev.target.value, state.to); });
  document.getElementById("ng-date-to").addEventListener("change", function (ev) { setDates(state.from, ev.target.value); });
  var othersBox = document.getElementById("ng-others");
  othersBox.checked = state.types.has("other");
  othersBox.disabled = !data.types.some(function (t) { return t.name === "other"; });
  othersBox.addEventListener("change", function () { setOthers(othersBox.checked); });
  var otherType = data.types.filter(function (t) { return t.name === "other"; })[0];
  document.getElementById("ng-others-label").textContent = "show \u201cother\u201d actors (" + (otherType ? otherType.count : 0) + ")";
  var relBox = document.getElementById("ng-relations");
  relBox.checked = state.relations;
  relBox.addEventListener("change", function () { state.relations = relBox.checked; refresh(); });
  document.getElementById("ng-fit").addEventListener("click", function () { network.fit({ animation: false }); placeLabels(); });
  document.getElementById("ng-png").addEventListener("click", exportPng);
  refresh();
})();
