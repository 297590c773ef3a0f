// htmx sends the CSRF token of the page with every state-changing request.
document.addEventListener('htmx:configRequest', function (evt) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) evt.detail.headers[header.content] = token.content;
});
// Charts: every element with data-chart-url gets an ECharts chart from the JSON option at that URL.
function loadCharts(root) {
  if (typeof echarts === 'undefined') return;
  (root || document).querySelectorAll('[data-chart-url]').forEach(function (el) {
    fetch(el.getAttribute('data-chart-url'), {credentials: 'same-origin'})
      .then(function (r) { return r.json(); })
      .then(function (option) {
        option.animation = false; // draw at once: screenshots and reports show the final chart
        echarts.init(el).setOption(option);
        el.setAttribute('data-loaded', 'true');
      });
  });
}
document.addEventListener('DOMContentLoaded', function () { loadCharts(document); });
