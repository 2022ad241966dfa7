/* Timeline: events per day or week, stacked by action class, under the network. Dragging
   across it (brushing) sets the date filter; a click picks one bar or clears the filter. The selected actor's or
   edge's events are outlined on top. */
(function () {
  "use strict";
  var api = window.ngView, data = api.data, EV = api.EV;
  var DAY = 86400000, PAD_L = 34, PAD_B = 16, PAD_T = 6;
  var canvas = document.getElementById("ng-time-canvas");
  var ctx = canvas.getContext("2d");
  var stamps = data.events.map(function (e) { return dayOf(e[EV.DATE]); });
  /* The axis spans the shortest stretch of time that holds 95 % of the dated events: a
     sentence about 1850 must not squeeze eight years of news into a few pixels. */
  var known = stamps.filter(function (t) { return t !== null; }).sort(function (a, b) { return a - b; });
  var span = densest(known, Math.max(1, Math.ceil(known.length * 0.95)));
  var t0 = span[0], t1 = span[1];
  var unit = t1 - t0 <= 120 * DAY ? DAY : 7 * DAY;
  if (unit > DAY) { t0 -= ((new Date(t0).getUTCDay() + 6) % 7) * DAY; }  /* weeks start on Monday */
  var bins = Math.floor((t1 - t0) / unit) + 1;
  var drag = null;
  api.timeline = { unit: unit === DAY ? "day" : "week", bins: bins, start: iso(t0), binX: binX, dateAt: dateAt, counts: null };

  function densest(sorted, keep) {
    if (!sorted.length) { return [0, 0]; }
    var best = 0;
    for (var i = 1; i + keep - 1 < sorted.length; i += 1) {
      if (sorted[i + keep - 1] - sorted[i] < sorted[best + keep - 1] - sorted[best]) { best = i; }
    }
    return [sorted[best], sorted[best + keep - 1]];
  }

  function dayOf(d) {
    if (!d) { return null; }
    var p = d.split("-");
    var t = Date.UTC(+p[0], (+p[1] || 1) - 1, +p[2] || 1);
    return isNaN(t) ? null : t;
  }
  function iso(t) { return new Date(t).toISOString().slice(0, 10); }
  function width() { return canvas.clientWidth || 600; }
  function plotW() { return Math.max(10, width() - PAD_L - 6); }
  function binX(b) { return PAD_L + b * plotW() / bins; }
  function binAt(x) { return Math.max(0, Math.min(bins - 1, Math.floor((x - PAD_L) * bins / plotW()))); }
  function dateAt(x, end) { var b = binAt(x); return iso(t0 + (end ? (b + 1) * unit - DAY : b * unit)); }

  function count(only) {
    var stacks = [], focus = new Float64Array(bins);
    for (var b = 0; b < bins; b += 1) { stacks.push({}); }
    var outside = 0;
    data.events.forEach(function (e, i) {
      if (stamps[i] === null || !api.passUndated[i]) { return; }
      var b = Math.floor((stamps[i] - t0) / unit), c = e[EV.CLS];
      if (b < 0 || b >= bins) { outside += 1; return; }
      stacks[b][c] = (stacks[b][c] || 0) + 1;
    });
    (only || []).forEach(function (i) {
      var b = stamps[i] === null ? -1 : Math.floor((stamps[i] - t0) / unit);
      if (b >= 0 && b < bins && api.passUndated[i]) { focus[b] += 1; }
    });
    return { stacks: stacks, focus: focus, outside: outside };
  }

  function selectionEvents() {
    var sel = api.state.selection;
    if (!sel) { return null; }
    return sel.kind === "node" ? api.eventsOf[sel.id] : api.edgeById[sel.id].ev;
  }

  function draw() {
    var ratio = window.devicePixelRatio || 1, w = width(), h = canvas.clientHeight || 150;
    canvas.width = w * ratio; canvas.height = h * ratio;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, w, h);
    var got = count(selectionEvents());
    api.timeline.counts = got;
    var totals = got.stacks.map(function (s) { var n = 0; for (var k in s) { n += s[k]; } return n; });
    var top = Math.max(1, Math.max.apply(null, totals));
    var plotH = h - PAD_B - PAD_T, bw = Math.max(1, plotW() / bins - (bins < 200 ? 1 : 0));
    got.stacks.forEach(function (s, b) {
      var y = h - PAD_B;
      data.classes.forEach(function (c, k) {
        if (!s[k]) { return; }
        var bh = s[k] / top * plotH;
        ctx.fillStyle = c.color; ctx.fillRect(binX(b), y - bh, bw, bh);
        y -= bh;
      });
    });
    ctx.strokeStyle = "#000"; ctx.lineWidth = 1.5;
    got.focus.forEach(function (n, b) {
      if (n) { ctx.strokeRect(binX(b) + 0.5, h - PAD_B - n / top * plotH, Math.max(1, bw - 1), n / top * plotH); }
    });
    drawAxis(w, h, top);
    ctx.textAlign = "right";
    ctx.fillText("events per " + api.timeline.unit + (got.outside ? " \u00b7 " + got.outside + " dated outside the axis" : ""), w - 8, PAD_T + 8);
    drawBrush(h);
  }

  function drawAxis(w, h, top) {
    ctx.fillStyle = "#555"; ctx.font = "10px system-ui, sans-serif"; ctx.textAlign = "right";
    ctx.fillText(String(top), PAD_L - 4, PAD_T + 8);
    ctx.fillText("0", PAD_L - 4, h - PAD_B);
    ctx.textAlign = "left";
    ctx.strokeStyle = "#bbb"; ctx.lineWidth = 1;
    ctx.beginPath(); ctx.moveTo(PAD_L, h - PAD_B + 0.5); ctx.lineTo(w - 6, h - PAD_B + 0.5); ctx.stroke();
    var first = new Date(t0), span = t1 - t0, ticks = [];
    var y = first.getUTCFullYear(), m = first.getUTCMonth();
    var step = span > 3 * 365 * DAY ? 12 : span > 400 * DAY ? 3 : 1;
    m = Math.ceil(m / step) * step;  /* ticks on 1 January, or the first day of a quarter */
    for (var t = Date.UTC(y, m, 1); t <= t1 + unit; ) {
      if (t >= t0) { ticks.push(t); }
      m += step; t = Date.UTC(y, m, 1);
    }
    api.timeline.ticks = ticks.map(iso);
    var last = -100;
    ticks.forEach(function (t) {
      var x = PAD_L + (t - t0) / (bins * unit) * plotW();
      if (x - last < 44) { return; }
      last = x;
      ctx.fillRect(x, h - PAD_B, 1, 3);
      var d = new Date(t);
      ctx.fillText(step === 12 || d.getUTCMonth() === 0 ? String(d.getUTCFullYear()) : iso(t).slice(0, 7), x + 2, h - 3);
    });
  }

  function drawBrush(h) {
    var range = drag || stateRange();
    if (!range) { return; }
    var a = Math.min(range[0], range[1]), b = Math.max(range[0], range[1]);
    ctx.fillStyle = "rgba(0, 114, 178, 0.15)"; ctx.fillRect(a, PAD_T - 4, b - a, h - PAD_B - PAD_T + 4);
    ctx.strokeStyle = "#0072B2"; ctx.strokeRect(a + 0.5, PAD_T - 4, b - a, h - PAD_B - PAD_T + 4);
  }

  function stateRange() {
    var st = api.state;
    if (!st.from && !st.to) { return null; }
    var a = st.from ? dayOf(st.from) : t0, b = st.to ? dayOf(st.to) + DAY : t1 + unit;
    var scale = plotW() / (bins * unit);
    return [PAD_L + Math.max(0, a - t0) * scale, PAD_L + Math.min(bins * unit, b - t0) * scale];
  }

  /* A click (no drag) picks one day or week, if it has events; a second click, or one on an
     empty bin, clears the date filter. */
  function clickBin(b) {
    var from = iso(t0 + b * unit), to = iso(t0 + (b + 1) * unit - DAY);
    var got = api.timeline.counts, n = 0;
    if (got) { for (var k in got.stacks[b]) { n += got.stacks[b][k]; } }
    if (!n || (api.state.from === from && api.state.to === to)) { api.setDates("", ""); return; }
    api.setDates(from, to);
  }

  function localX(ev) { return ev.clientX - canvas.getBoundingClientRect().left; }
  canvas.addEventListener("mousedown", function (ev) { var x = localX(ev); drag = [x, x]; });
  canvas.addEventListener("mousemove", function (ev) { if (drag) { drag[1] = localX(ev); draw(); } });
  window.addEventListener("mouseup", function () {
    if (!drag) { return; }
    var a = Math.min(drag[0], drag[1]), b = Math.max(drag[0], drag[1]);
    drag = null;
    if (b - a < 3) { clickBin(binAt(a)); return; }
    api.setDates(dateAt(a, false), dateAt(b, true));
  });
  api.on(draw);
  window.addEventListener("resize", draw);
  draw();
})();
