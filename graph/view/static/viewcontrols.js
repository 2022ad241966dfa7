/* Header, legends (which double as filters, with counts that follow the other filters) and
   the toolbar: others, relations, fit, PNG, dates, modalities, minimum events per edge. */
(function () {
  "use strict";
  var api = window.ngView, data = api.data, state = api.state, el = api.el, network = api.network;
  var nodeById = api.nodeById, edgeById = api.edgeById, tip = api.tip;
  var nodeView = api.nodeView, edgeView = api.edgeView, pass = api.pass, EV = api.EV;
  var refresh = api.refresh, setDates = api.setDates, placeLabels = api.placeLabels;

  function syncTypeBoxes() {
    document.querySelectorAll("#ng-types input").forEach(function (box) { box.checked = state.types.has(box.value); });
    document.getElementById("ng-others").checked = state.types.has("other");
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
      t.name === "other" ? api.setOthers : null);
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
  othersBox.addEventListener("change", function () { api.setOthers(othersBox.checked); });
  var otherType = data.types.filter(function (t) { return t.name === "other"; })[0];
  document.getElementById("ng-others-label").textContent = "show \u201cother\u201d actors (" + (otherType ? otherType.count : 0) + ")";
  var relBox = document.getElementById("ng-relations");
  relBox.checked = state.relations;
  relBox.addEventListener("change", function () { state.relations = relBox.checked; refresh(); });
  document.getElementById("ng-fit").addEventListener("click", function () { network.fit({ animation: false }); placeLabels(); });
  document.getElementById("ng-png").addEventListener("click", api.exportPng);
  api.on(syncTypeBoxes);
  api.on(updateLegend);
  api.on(updateSummary);
  api.on(function () {
    document.getElementById("ng-visible").textContent =
      "visible: " + nodeView.length + " actors, " + edgeView.length + " edges";
  });
  refresh();
})();
