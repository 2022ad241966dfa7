/* Side panel: the events behind the selected node or edge, paged, filterable by class and
   date, each with its sentence (actor and target highlighted) and a citation to copy. */
(function () {
  "use strict";
  var api = window.ngView, data = api.data, EV = api.EV, el = api.el;
  var PAGE = 25;
  var panel = document.getElementById("ng-panel");
  var list = document.getElementById("ng-panel-list");
  var pick = document.getElementById("ng-panel-class");
  var page = 0, lastKey = null;
  api.panelRows = [];
  api.lastCitation = null;

  function selected() {
    var sel = api.state.selection;
    if (!sel) { return null; }
    if (sel.kind === "node") {
      var n = api.nodeById[sel.id];
      return { key: "n:" + sel.id, title: n.label, sub: n.actor_type + (n.code ? " \u00b7 " + n.code : "") +
        (n.aliases.length ? " \u00b7 also: " + n.aliases.slice(0, 5).join(", ") : ""), events: api.eventsOf[sel.id] };
    }
    var e = api.edgeById[sel.id];
    return { key: "e:" + sel.id, title: api.nodeById[e.from].label + " \u2192 " + api.nodeById[e.to].label,
      sub: e.action_class + (e.relation ? " (relation facts)" : ""), events: e.ev };
  }

  /* An unresolved role ("they" with no safe antecedent) shows as written, marked. */
  function name(idx, written) {
    if (idx >= 0) { return data.names[idx][1]; }
    return written ? "\u201c" + written + "\u201d (unresolved)" : "";
  }

  /* The sentence as text nodes, with the actor and target spans wrapped in <mark>. */
  function highlighted(text, marks) {
    var low = text.toLowerCase(), spans = [];
    marks.forEach(function (m) {
      if (!m[0]) { return; }
      var at = low.indexOf(m[0].toLowerCase());
      if (at >= 0) { spans.push([at, at + m[0].length, m[1]]); }
    });
    spans.sort(function (a, b) { return a[0] - b[0]; });
    var box = el("blockquote", undefined, "ng-sent"), pos = 0;
    spans.forEach(function (s) {
      if (s[0] < pos) { return; }
      box.appendChild(document.createTextNode(text.slice(pos, s[0])));
      box.appendChild(el("mark", text.slice(s[0], s[1]), s[2]));
      pos = s[1];
    });
    box.appendChild(document.createTextNode(text.slice(pos)));
    return box;
  }

  function citation(e) {
    var doc = data.docs[e[EV.DOC]], cls = data.classes[e[EV.CLS]].name;
    var what = name(e[EV.A], e[EV.ATEXT]) + " \u2014" + e[EV.VERB] + "\u2192 " +
      (name(e[EV.T], e[EV.TTEXT]) || "(no target)") + (e[EV.INST] ? " with " + e[EV.INST] : "") +
      " [" + cls + "]";
    var src = [doc[0] || "untitled", doc[3], e[EV.DATE] || doc[2], doc[1]].filter(Boolean).join(", ");
    return "\u201c" + data.sentences[e[EV.SENT]] + "\u201d \u2014 " + src + ". Event: " + what +
      (e[EV.ATTR] ? ", according to " + e[EV.ATTR] : "") + ".";
  }

  function copy(text, button) {
    api.lastCitation = text;
    var done = function () { button.textContent = "copied"; };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text); done(); });
    } else { fallbackCopy(text); done(); }
  }
  function fallbackCopy(text) {
    var area = el("textarea");
    area.value = text;
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (err) { /* the citation stays in api.lastCitation */ }
    area.remove();
  }

  function row(i) {
    var e = data.events[i], cls = data.classes[e[EV.CLS]], doc = data.docs[e[EV.DOC]];
    var item = el("li", undefined, "ng-ev");
    item.setAttribute("data-event", String(i));
    var head = el("div", undefined, "ng-ev-head");
    head.appendChild(el("span", e[EV.DATE] || "undated", "ng-date"));
    var tag = el("span", cls.name, "ng-cls");
    tag.style.borderColor = cls.color;
    head.appendChild(tag);
    head.appendChild(el("b", name(e[EV.A], e[EV.ATEXT])));
    head.appendChild(el("span", e[EV.VERB]));
    if (e[EV.T] >= 0 || e[EV.TTEXT]) { head.appendChild(el("b", name(e[EV.T], e[EV.TTEXT]))); }
    if (e[EV.INST]) { head.appendChild(el("span", "with " + e[EV.INST], "ng-inst")); }
    if (e[EV.NEG]) { head.appendChild(el("span", "negated", "ng-badge")); }
    if (e[EV.MOD]) { head.appendChild(el("span", data.modalities[e[EV.MOD]], "ng-badge ng-mod")); }
    if (e[EV.REL]) { head.appendChild(el("span", "relation fact", "ng-badge ng-mod")); }
    if (e[EV.PLACE] >= 0) { head.appendChild(el("span", "@ " + data.places[e[EV.PLACE]][0], "ng-place")); }
    item.appendChild(head);
    item.appendChild(highlighted(data.sentences[e[EV.SENT]],
      [[e[EV.ATEXT], "ng-a"], [e[EV.INST], "ng-a"], [e[EV.TTEXT], "ng-t"]]));
    var src = el("div", (e[EV.ATTR] ? "according to " + e[EV.ATTR] + " \u00b7 " : "") +
      (doc[0] || "untitled") + (doc[3] ? " \u2014 " + doc[3] : "") + (doc[1] ? " \u00b7 " + doc[1] : ""), "ng-src");
    var button = el("button", "copy citation", "ng-copy");
    button.type = "button";
    button.addEventListener("click", function () { copy(citation(e), button); });
    src.appendChild(button);
    item.appendChild(src);
    return item;
  }

  function fillClassPicker(events, wanted) {
    var counts = {};
    events.forEach(function (i) { if (api.pass[i]) { var c = data.events[i][EV.CLS]; counts[c] = (counts[c] || 0) + 1; } });
    var opts = [el("option", "all classes")];
    opts[0].value = "";
    Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a]; }).forEach(function (c) {
      var o = el("option", data.classes[c].name + " (" + counts[c] + ")");
      o.value = data.classes[c].name;
      opts.push(o);
    });
    pick.replaceChildren.apply(pick, opts);
    pick.value = counts && opts.some(function (o) { return o.value === wanted; }) ? wanted : "";
  }

  function render() {
    var sel = selected();
    if (!sel) { show(false); lastKey = null; return; }
    if (sel.key !== lastKey) { page = 0; pick.value = ""; lastKey = sel.key; }
    var wanted = pick.value;
    fillClassPicker(sel.events, wanted);
    var rows = sel.events.filter(function (i) {
      return api.pass[i] && (!pick.value || data.classes[data.events[i][EV.CLS]].name === pick.value);
    });
    rows.sort(function (a, b) {
      var da = data.events[a][EV.DATE], db = data.events[b][EV.DATE];
      return da < db ? -1 : da > db ? 1 : a - b;
    });
    api.panelRows = rows;
    var pages = Math.max(1, Math.ceil(rows.length / PAGE));
    page = Math.min(page, pages - 1);
    document.getElementById("ng-panel-title").textContent = sel.title;
    document.getElementById("ng-panel-sub").textContent = sel.sub;
    var st = api.state;
    document.getElementById("ng-panel-filters").textContent = rows.length + " of " + sel.events.length +
      " events" + (st.from || st.to ? " \u00b7 dates " + (st.from || "\u2026") + " to " + (st.to || "\u2026") : "") +
      (st.place >= 0 ? " \u00b7 at " + data.places[st.place][0] : "");
    list.replaceChildren.apply(list, rows.slice(page * PAGE, (page + 1) * PAGE).map(row));
    list.scrollTop = 0;
    document.getElementById("ng-panel-page").textContent = "page " + (page + 1) + " of " + pages;
    document.getElementById("ng-panel-prev").disabled = page === 0;
    document.getElementById("ng-panel-next").disabled = page >= pages - 1;
    show(true);
  }

  /* The network's canvas follows its box only on a window resize. */
  function show(on) {
    if (panel.hidden !== on) { return; }
    panel.hidden = !on;
    window.dispatchEvent(new Event("resize"));
  }

  pick.addEventListener("change", function () { page = 0; render(); });
  document.getElementById("ng-panel-prev").addEventListener("click", function () { page -= 1; render(); });
  document.getElementById("ng-panel-next").addEventListener("click", function () { page += 1; render(); });
  document.getElementById("ng-panel-close").addEventListener("click", function () { api.select(null); });
  api.on(render);
  api.renderPanel = render;
})();
