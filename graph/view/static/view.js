/* newsgraph network page: data, state, filters, the network and its labels. Search and
   tooltips (viewsearch.js), legends and header (viewcontrols.js), the panel, timeline and map
   (viewpanel.js, viewtime.js, viewmap.js) extend window.ngView (concatenated after this file).
   Every text from articles is set with textContent (never innerHTML). */
(function () {
  "use strict";
  var timings = { start: performance.now() };
  var data = JSON.parse(document.getElementById("ng-data").textContent);
  timings.parsed = performance.now();
  /* Columns of data.events (graph/view/payload.py, _event_row). */
  var EV = { A: 0, T: 1, VERB: 2, CLS: 3, DATE: 4, PLACE: 5, NEG: 6, MOD: 7, SENT: 8, DOC: 9,
    ATTR: 10, ATEXT: 11, TTEXT: 12, REL: 13, INST: 14 };
  var LABEL_MIN = 11, LABEL_MAX = 19, LABELS_MAX = 40, FOCUS_LABELS = 15, MANY_EDGES = 600;
  var BODY_MIN = 12;  /* px: a node this big on screen is kept clear of other nodes' labels */
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
  /* vis-network gets only what it draws (labels come with placeLabels); the rest stays in
     data (nodeById, edgeById). */
  function pick(item, keys) {
    var out = {};
    keys.forEach(function (k) { if (item[k] !== undefined) { out[k] = item[k]; } });
    out.hidden = false;
    return out;
  }
  /* vis-network gets an item the first time it is shown (a big overview hides most edges:
     creating them all would cost seconds); from then on filters set "hidden" on the items
     whose visibility changed (a DataView would remove and re-create them on every change). */
  function visNode(n) {
    var c = pick(n, ["id", "color", "shape", "value"]), spread = data.othersHidden && state.types.has("other");
    c.x = spread ? n.ax : n.px; c.y = spread ? n.ay : n.py; c.label = "";
    return c;
  }
  function visEdge(e) { return pick(e, ["id", "from", "to", "label", "color", "dashes", "width", "arrows"]); }
  var nodes = new vis.DataSet(), edges = new vis.DataSet();
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
  function sync(items, set, shown, visible, make) {
    var adds = [], changes = [];
    items.forEach(function (item) {
      var on = visible(item);
      if (on && set.get(item.id) === null) { adds.push(make(item)); }
      else if (on !== shown.has(item.id)) { changes.push({ id: item.id, hidden: !on }); }
      if (on) { shown.add(item.id); } else { shown.delete(item.id); }
    });
    set.add(adds);
    set.update(changes);
  }
  function applyVisibility() {
    sync(data.nodes, nodes, shownNodes, nodeVisible, visNode);
    sync(data.edges, edges, shownEdges, edgeVisible, visEdge);
  }
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
    find: null, refresh: refresh, select: select, setDates: setDates, setPlace: setPlace,
    setOthers: setOthers, exportPng: exportPng, lastPng: null, labelsShown: 0, labelled: {},
    listeners: listeners, timings: timings, placeLabels: placeLabels, labelSpot: labelSpot, tip: tip,
    edgePass: function (id) { return edgePass[id]; },
    on: function (fn) { listeners.push(fn); } };
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
     nor a big node (on screen, at the current zoom); zooming in makes room for more, hovering shows any.
     A label that does not fit below its node tries above it, then on two lines, then
     smaller: the biggest nodes are the ones a reader looks for. */
  var labelled = {}, labelTimer = null;
  function twoLines(text) {
    var mid = text.length / 2, best = -1;
    for (var i = 1; i < text.length - 1; i++) {
      if (text[i] === " " && (best < 0 || Math.abs(i - mid) < Math.abs(best - mid))) { best = i; }
    }
    return best > 0 ? text.slice(0, best) + "\n" + text.slice(best + 1) : null;
  }
  function labelSpot(text, font, p, r, boxes) {
    var two = twoLines(text), tries = [[text, font]];
    if (two) { tries.push([two, font]); }
    if (font > LABEL_MIN) { tries.push([two || text, LABEL_MIN]); }
    for (var i = 0; i < tries.length * 2; i++) {
      var label = tries[i >> 1][0], size = tries[i >> 1][1], above = i % 2 === 1;
      var lines = label.split("\n");
      var w = Math.max.apply(null, lines.map(function (l) { return l.length; })) * size * 0.58 + 6;
      var h = lines.length * size * 1.3;
      var rect = above ? [p.x - w / 2, p.y - r - h, p.x + w / 2, p.y - r] : [p.x - w / 2, p.y + r, p.x + w / 2, p.y + r + h];
      if (!boxes.some(function (o) { return rect[0] < o[2] && o[0] < rect[2] && rect[1] < o[3] && o[1] < rect[3]; })) {
        boxes.push(rect);
        return { label: label, size: size, above: above, h: h };
      }
    }
    return null;
  }
  function placeLabels() {
    var shown = nodeView.get();
    var scale = network.getScale(), box = document.getElementById("ng-network").getBoundingClientRect();
    var values = shown.map(function (n) { return n.value; });
    var lo = Math.min.apply(null, values), hi = Math.max.apply(null, values);
    var pos = network.getPositions(shown.map(function (n) { return n.id; }));
    var keep = {}, placed = 0;
    shown.sort(function (x, y) { return y.value - x.value; });
    /* the nodes in view that may get a label, biggest first: no label covers a big one */
    var spots = shown.map(function (n) {
      var size = network.body.nodes[n.id] ? network.body.nodes[n.id].options.size : 8;
      return { n: n, p: network.canvasToDOM(pos[n.id]), size: size, r: size * scale };
    }).filter(function (c) { return c.p.x >= 0 && c.p.y >= 0 && c.p.x <= box.width && c.p.y <= box.height; });
    spots = spots.slice(0, LABELS_MAX);
    var boxes = spots.filter(function (c) { return c.r >= BODY_MIN; }).map(function (c) {
      return [c.p.x - c.r, c.p.y - c.r, c.p.x + c.r, c.p.y + c.r];
    });
    spots.forEach(function (c) {
      var frac = hi === lo ? 0.5 : (c.n.value - lo) / (hi - lo);
      var font = LABEL_MIN + frac * (LABEL_MAX - LABEL_MIN);  /* on screen, in px */
      var spot = labelSpot(nodeById[c.n.id].label, font, c.p, c.r, boxes);
      if (spot) { spot.node = c.size; keep[c.n.id] = spot; placed += 1; }
    });
    /* Font sizes are in canvas units: set again at every zoom, so labels keep their size on
       screen; a label above its node is moved up (vadjust) by the node and the label. */
    var changed = data.nodes.filter(function (n) { return labelled[n.id] || keep[n.id]; });
    changed = changed.filter(function (n) { return nodes.get(n.id) !== null; });
    labelled = keep;
    nodes.update(changed.map(function (n) {
      var spot = keep[n.id];
      if (!spot) { return { id: n.id, label: "" }; }
      var up = spot.above ? -(2 * spot.node + (spot.h + 4) / scale) : 0;
      return { id: n.id, label: spot.label, font: { size: spot.size / scale, vadjust: up } };
    }));
    api.labelsShown = placed;
    api.labelled = keep;
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
    nodes.update(nodes.getIds().map(function (nid) {
      var keep = near.has(nid);
      return { id: nid, color: keep ? baseNode[nid] : DIM, font: { color: keep ? INK : DIM_INK } };
    }));
    edges.update(edges.getIds().map(function (eid) {
      return { id: eid, color: touching.has(eid) ? baseEdge[eid] : DIM };
    }));
  }

  function clearHighlight() {
    if (state.focus === null) { return; }
    state.focus = null;
    if (big) { network.redraw(); return; }
    nodes.update(nodes.getIds().map(function (nid) { return { id: nid, color: baseNode[nid], font: { color: INK } }; }));
    edges.update(edges.getIds().map(function (eid) { return { id: eid, color: baseEdge[eid] }; }));
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
    var boxes = [];  /* labels placed so far: no label over another */
    near.forEach(function (nid) {
      var p = pos[nid], r = size(nid);
      ctx.fillStyle = baseNode[nid];
      ctx.beginPath(); ctx.arc(p.x, p.y, r, 0, 2 * Math.PI); ctx.fill();
      ctx.lineWidth = (nid === id ? 3 : 1) / scale; ctx.strokeStyle = "#333"; ctx.stroke();
      var text = nodeById[nid].label, w = ctx.measureText(text).width / 2, y = p.y + r + 14 / scale;
      var rect = [p.x - w, y - 13 / scale, p.x + w, y + 3 / scale];
      if (boxes.length < FOCUS_LABELS && !boxes.some(function (o) {
        return rect[0] < o[2] && o[0] < rect[2] && rect[1] < o[3] && o[1] < rect[3];
      })) {
        boxes.push(rect);
        ctx.lineWidth = 3 / scale; ctx.strokeStyle = "#fff"; ctx.fillStyle = "#222";
        ctx.strokeText(text, p.x, y);
        ctx.fillText(text, p.x, y);
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

  function notify() { listeners.forEach(function (fn) { fn(); }); }

  function refresh() {
    computePass();
    applyVisibility();
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
      nodes.update(nodes.getIds().map(function (nid) {
        var n = nodeById[nid];
        return { id: nid, x: on ? n.ax : n.px, y: on ? n.ay : n.py };
      }));
    }
    refresh();
    network.fit({ animation: false });
    placeLabels();
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
})();
