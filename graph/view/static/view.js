/* newsgraph network page. Every text from articles is set with textContent (never innerHTML). */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("ng-data").textContent);
  var DIM = "rgba(190,190,190,0.35)", INK = "#343434", DIM_INK = "#b8b8b8";
  var tip = document.getElementById("ng-tooltip");
  var big = !data.physics;
  var typeOf = {}, baseNode = {}, baseEdge = {};
  data.nodes.forEach(function (n) { typeOf[n.id] = n.actor_type; baseNode[n.id] = n.color; });
  data.edges.forEach(function (e) { baseEdge[e.id] = e.color; });
  var state = {
    types: new Set(Object.keys(data.legend.types)),
    classes: new Set(Object.keys(data.legend.classes)),
    modalities: new Set(data.modalities),
    dashed: true, from: "", to: "", focus: null
  };

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined) { node.textContent = text; }
    if (cls) { node.className = cls; }
    return node;
  }

  function inRange(dates) {
    if (!state.from && !state.to) { return true; }
    return dates.some(function (d) {
      /* "2017" (a year) overlaps any bound within 2017: compare on the shorter precision. */
      return (!state.from || d >= state.from.slice(0, d.length)) &&
        (!state.to || d.slice(0, state.to.length) <= state.to);
    });
  }

  function edgeVisible(e) {
    return state.classes.has(e.action_class) && state.modalities.has(e.modality) &&
      (state.dashed || !e.dashes) && state.types.has(typeOf[e.from]) &&
      state.types.has(typeOf[e.to]) && inRange(e.dates);
  }

  /* Thousands of edge labels make every redraw take seconds: big pages keep the action
     for the tooltip only. */
  data.edges.forEach(function (e) { e.action = e.label; if (big) { delete e.label; } });
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return state.types.has(n.actor_type); } });
  var edgeView = new vis.DataView(edges, { filter: edgeVisible });
  var options = {
    nodes: { shape: "dot", borderWidth: 1, font: { size: 14, strokeWidth: 3, strokeColor: "#ffffff" } },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.5 } }, color: { inherit: false },
      font: { size: 10, align: "middle", strokeWidth: 3, strokeColor: "#ffffff" },
      smooth: big ? false : { type: "continuous" }
    },
    physics: big ? false : {
      solver: "barnesHut", barnesHut: { springLength: 160, avoidOverlap: 0.3 },
      stabilization: { iterations: 150, updateInterval: 50 }
    },
    interaction: { hover: true, tooltipDelay: 100, hideEdgesOnDrag: big, hideEdgesOnZoom: big },
    layout: { improvedLayout: false }
  };
  var network = new vis.Network(document.getElementById("ng-network"),
    { nodes: nodeView, edges: edgeView }, options);
  var api = { network: network, nodes: nodes, edges: edges, nodeView: nodeView, edgeView: edgeView,
    state: state, big: big, ready: false, readyAt: null, settled: big, find: find, refresh: refresh };
  window.ngView = api;

  network.once("afterDrawing", function () {
    api.ready = true;
    api.readyAt = performance.now();
    document.body.setAttribute("data-ready", "1");
  });
  network.on("stabilizationIterationsDone", function () {
    network.setOptions({ physics: false });
    api.settled = true;
  });

  /* Neighbourhood highlight: dim everything outside the clicked node's neighbours. Small
     pages recolour the data; big ones paint the neighbourhood over a veil after each draw,
     because updating thousands of items takes seconds. */
  function highlight(id) {
    if (big) { state.focus = id; network.redraw(); return; }
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
    state.focus = id;
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
    var near = network.getConnectedNodes(id).concat([id]);
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
    ctx.font = "14px system-ui, sans-serif";
    ctx.textAlign = "center";
    near.forEach(function (nid) {
      var n = nodes.get(nid), p = pos[nid];
      ctx.fillStyle = baseNode[nid];
      ctx.beginPath(); ctx.arc(p.x, p.y, n.size, 0, 2 * Math.PI); ctx.fill();
      ctx.lineWidth = nid === id ? 3 : 1; ctx.strokeStyle = "#333"; ctx.stroke();
      ctx.fillStyle = "#222";
      ctx.fillText(n.label, p.x, p.y + n.size + 15);
    });
    ctx.restore();
  }
  network.on("afterDrawing", paintFocus);

  network.on("click", function (params) {
    if (params.nodes.length) { highlight(params.nodes[0]); } else if (!params.edges.length) { clearHighlight(); }
  });

  /* Search: exact label or id first, then the first label containing the text. */
  function find(text) {
    var q = String(text).trim().toLowerCase();
    if (!q) { return null; }
    var shown = nodeView.get();
    var hit = shown.find(function (n) { return n.label.toLowerCase() === q || String(n.id).toLowerCase() === q; }) ||
      shown.find(function (n) { return n.label.toLowerCase().indexOf(q) >= 0; });
    var status = document.getElementById("ng-search-status");
    if (!hit) { status.textContent = "no actor matches \u201c" + text + "\u201d"; return null; }
    status.textContent = "found: " + hit.label;
    tip.hidden = true;
    network.selectNodes([hit.id], false);
    highlight(hit.id);
    network.focus(hit.id, { scale: 1.2, animation: big ? false : { duration: 400 } });
    return hit.id;
  }

  document.getElementById("ng-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    find(document.getElementById("ng-search").value);
  });
  var list = document.getElementById("ng-actors");
  data.nodes.forEach(function (n) { var opt = document.createElement("option"); opt.value = n.label; list.appendChild(opt); });

  /* Own tooltip built as DOM text, so article text can never become markup. */
  function nodeTip(n) {
    var box = el("div");
    box.appendChild(el("div", n.label, "ng-tip-head"));
    box.appendChild(el("div", "type: " + n.actor_type + "  \u00b7  id: " + n.id));
    box.appendChild(el("div", "edges: " + n.degree + "  \u00b7  events: " + n.events));
    return box;
  }
  function edgeTip(e) {
    var box = el("div");
    box.appendChild(el("div", e.action + " (" + e.action_class + ", " + e.polarity + ", " + e.modality + ")", "ng-tip-head"));
    box.appendChild(el("div", e.count + (e.count === 1 ? " event" : " events")));
    e.sources.forEach(function (src) {
      var row = el("div", undefined, "ng-tip-src");
      row.appendChild(el("span", "\u201c" + src[0] + "\u201d "));
      row.appendChild(el("span", "\u2014 " + (src[1] || "untitled") + (src[2] ? ", " + src[2] : ""), "ng-tip-doc"));
      box.appendChild(row);
    });
    return box;
  }
  function showTip(content, pointer) {
    tip.replaceChildren(content);
    var rect = document.getElementById("ng-network").getBoundingClientRect();
    tip.style.left = Math.min(rect.left + pointer.x + 14, window.innerWidth - 470) + "px";
    tip.style.top = (rect.top + pointer.y + 14) + "px";
    tip.hidden = false;
  }
  network.on("hoverNode", function (p) { showTip(nodeTip(nodes.get(p.node)), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTip(edgeTip(edges.get(p.edge)), p.pointer.DOM); });
  ["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (name) {
    network.on(name, function () { tip.hidden = true; });
  });

  /* Filters: legend entries double as checkboxes. */
  function refresh() {
    nodeView.refresh();
    edgeView.refresh();
    document.getElementById("ng-visible").textContent =
      "visible: " + nodeView.length + " actors, " + edgeView.length + " edges";
  }
  function checkbox(parent, set, value, label, swatch) {
    var row = el("label");
    var box = el("input");
    box.type = "checkbox"; box.checked = true; box.value = value;
    box.addEventListener("change", function () { if (box.checked) { set.add(value); } else { set.delete(value); } refresh(); });
    row.appendChild(box);
    if (swatch) { var sw = el("span", undefined, "ng-swatch " + swatch[1]); sw.style.background = swatch[0]; row.appendChild(sw); }
    row.appendChild(document.createTextNode(label));
    parent.appendChild(row);
  }
  Object.keys(data.legend.types).forEach(function (t) {
    checkbox(document.getElementById("ng-types"), state.types, t, t, [data.legend.types[t], "ng-dot"]);
  });
  Object.keys(data.legend.classes).forEach(function (c) {
    checkbox(document.getElementById("ng-classes"), state.classes, c, c, [data.legend.classes[c], "ng-line"]);
  });
  data.modalities.forEach(function (m) { checkbox(document.getElementById("ng-modalities"), state.modalities, m, m); });
  document.getElementById("ng-dashed").addEventListener("change", function (ev) { state.dashed = ev.target.checked; refresh(); });
  document.getElementById("ng-date-from").addEventListener("change", function (ev) { state.from = ev.target.value; refresh(); });
  document.getElementById("ng-date-to").addEventListener("change", function (ev) { state.to = ev.target.value; refresh(); });
  refresh();
})();
