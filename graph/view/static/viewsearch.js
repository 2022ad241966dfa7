/* Search (as you type: actors by name, id or alias) and tooltips, all built as DOM text. */
(function () {
  "use strict";
  var api = window.ngView, data = api.data, state = api.state, el = api.el, network = api.network;
  var nodeById = api.nodeById, edgeById = api.edgeById, tip = api.tip;

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
    if (!state.types.has(hit.actor_type)) { state.types.add(hit.actor_type); api.refresh(); }
    document.getElementById("ng-search-status").textContent = "found: " + hit.label;
    network.selectNodes([hit.id], false);
    api.select("node", hit.id);
    network.focus(hit.id, { scale: Math.max(network.getScale(), 1.0), animation: api.big ? false : { duration: 400 } });
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
      api.edgePass(e.id) + " of " + e.count + (e.count === 1 ? " event" : " events") + " \u00b7 " + e.action));
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

  api.find = find;
})();
