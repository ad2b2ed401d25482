/* multipolar: draw every figure of the page (JSON in <script type="application/json" data-chart=ID>). */
(function () {
  "use strict";
  function draw() {
    if (typeof Plotly === "undefined") { return; }
    var blocks = document.querySelectorAll("script[data-chart]");
    Array.prototype.forEach.call(blocks, function (s) {
      var el = document.getElementById(s.getAttribute("data-chart"));
      if (!el) { return; }
      var fig = JSON.parse(s.textContent);
      Plotly.newPlot(el, fig.data, fig.layout, {displaylogo: false, responsive: true});
      var click = el.getAttribute("data-click");
      if (click) {
        el.on("plotly_click", function (ev) {
          if (ev && ev.points && ev.points.length) {
            window.location.href = click + encodeURIComponent(ev.points[0].x) + "#explain";
          }
        });
      }
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
