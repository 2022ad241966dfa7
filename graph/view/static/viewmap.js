/* Map: event places (GeoNames coordinates) as circles sized by their number of events, on
   an offline world outline (Natural Earth, package data), filtered with the rest of the
   page. A click on a place filters everything to it; a second click clears that filter.
   The wheel zooms, dragging pans, a double click frames the places again. */
(function () {
  "use strict";
  var api = window.ngView, data = api.data, EV = api.EV;
  var SVG = "http://www.w3.org/2000/svg";
  var box = document.getElementById("ng-map");
  var svg = document.createElementNS(SVG, "svg");
  var land = document.createElementNS(SVG, "path");
  var dots = document.createElementNS(SVG, "g");
  var note = api.el("div", "", "");
  note.id = "ng-map-note";
  land.setAttribute("class", "ng-land");
  land.setAttribute("d", data.world.path);
  svg.appendChild(land);
  svg.appendChild(dots);
  box.appendChild(svg);
  box.appendChild(note);
  api.map = { svg: svg, counts: null, view: null };

  /* The initial view frames every place of the page (plate carree: x = lon, y = -lat). */
  /* It frames where 90 % of the page's located events are (a few far-away places do not
     zoom it out to the whole world). */
  function frame() {
    var xs = [], ys = [];
    data.events.forEach(function (e) {
      var p = e[EV.PLACE] >= 0 ? data.places[e[EV.PLACE]] : null;
      if (p && p[1] !== null) { xs.push(p[2]); ys.push(-p[1]); }
    });
    var w = box.clientWidth || 300, h = box.clientHeight || 170;
    if (!xs.length) { return [-180, -85, 360, 360 * h / w]; }
    var num = function (a, b) { return a - b; };
    xs.sort(num); ys.sort(num);
    var lo = Math.floor(xs.length * 0.05), hi = Math.ceil(xs.length * 0.95) - 1;
    var x0 = xs[lo], x1 = xs[hi], y0 = ys[lo], y1 = ys[hi];
    var cw = Math.max(12, (x1 - x0) * 1.3), ch = Math.max(12 * h / w, (y1 - y0) * 1.3);
    if (cw / ch < w / h) { cw = ch * w / h; } else { ch = cw * h / w; }
    return [(x0 + x1) / 2 - cw / 2, (y0 + y1) / 2 - ch / 2, cw, ch];
  }
  var view = frame();
  api.map.frame = frame;
  svg.setAttribute("viewBox", view.join(" "));
  svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
  api.map.view = view;

  function selectionEvents() {
    var sel = api.state.selection;
    if (!sel) { return new Set(); }
    return new Set(sel.kind === "node" ? api.eventsOf[sel.id] : api.edgeById[sel.id].ev);
  }

  function draw() {
    var counts = {}, mine = selectionEvents(), unplaced = 0;
    data.events.forEach(function (e, i) {
      var p = e[EV.PLACE];
      /* The place filter itself is not applied here, so the other places stay clickable. */
      if (!api.passAnywhere[i]) { return; }
      if (p < 0 || data.places[p][1] === null) { unplaced += 1; return; }
      var c = counts[p] || (counts[p] = { n: 0, mine: 0 });
      c.n += 1;
      if (mine.has(i)) { c.mine += 1; }
    });
    api.map.counts = counts;
    var unitPx = view[2] / (box.clientWidth || 300);
    var keys = Object.keys(counts).sort(function (a, b) { return counts[b].n - counts[a].n; });
    var most = keys.length ? counts[keys[0]].n : 1;
    dots.replaceChildren.apply(dots, keys.map(function (k) { return dot(+k, counts[k], unitPx, most, mine.size > 0); }));
    note.textContent = keys.length + " places \u00b7 " + unplaced + " events without a place \u00b7 " +
      "wheel: zoom \u00b7 Natural Earth";
  }

  function dot(p, c, unitPx, most, focused) {
    var place = data.places[p];
    var circle = document.createElementNS(SVG, "circle");
    circle.setAttribute("cx", String(place[2]));
    circle.setAttribute("cy", String(-place[1]));
    circle.setAttribute("r", String((2.5 + 16 * Math.sqrt(c.n / most)) * unitPx));
    var on = (focused && c.mine > 0) || api.state.place === p;
    circle.setAttribute("class", on ? "ng-pt ng-on" : "ng-pt");
    circle.setAttribute("data-place", String(p));
    var title = document.createElementNS(SVG, "title");
    title.textContent = place[0] + ": " + c.n + (c.n === 1 ? " event" : " events") +
      (focused ? " (" + c.mine + " of the selection)" : "");
    circle.appendChild(title);
    circle.addEventListener("click", function () { api.setPlace(api.state.place === p ? -1 : p); });
    return circle;
  }

  /* Wheel zooms around the pointer, dragging pans, a double click goes back to the frame. */
  function setView(v) { view = v; api.map.view = v; svg.setAttribute("viewBox", v.join(" ")); draw(); }
  function toMap(ev) {
    var r = svg.getBoundingClientRect(), k = Math.max(view[2] / r.width, view[3] / r.height);
    return [view[0] + view[2] / 2 + (ev.clientX - r.left - r.width / 2) * k,
      view[1] + view[3] / 2 + (ev.clientY - r.top - r.height / 2) * k];
  }
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var at = toMap(ev), f = ev.deltaY > 0 ? 1.25 : 0.8;
    if (view[2] * f > 400 || view[2] * f < 0.5) { return; }
    setView([at[0] - (at[0] - view[0]) * f, at[1] - (at[1] - view[1]) * f, view[2] * f, view[3] * f]);
  }, { passive: false });
  var grab = null;
  svg.addEventListener("mousedown", function (ev) { grab = [toMap(ev), view.slice()]; });
  window.addEventListener("mousemove", function (ev) {
    if (!grab) { return; }
    var at = toMap(ev), dx = at[0] - grab[0][0], dy = at[1] - grab[0][1];
    if (Math.abs(dx) + Math.abs(dy) > view[2] / 100) { setView([view[0] - dx, view[1] - dy, view[2], view[3]]); }
  });
  window.addEventListener("mouseup", function () { grab = null; });
  svg.addEventListener("dblclick", function () { setView(frame()); });

  api.on(draw);
  draw();
})();
