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
// No inline handlers (the content security policy forbids inline script):
// a form with data-confirm asks before it is sent ...
document.addEventListener('submit', function (evt) {
  var form = evt.target;
  var question = form.getAttribute && form.getAttribute('data-confirm');
  if (question && !window.confirm(question)) evt.preventDefault();
}, true);
// ... and a select with data-submit-on-change sends its form at once, clearing the fields named in data-clears.
document.addEventListener('change', function (evt) {
  var el = evt.target;
  if (!el.hasAttribute || !el.hasAttribute('data-submit-on-change')) return;
  (el.getAttribute('data-clears') || '').split(' ').forEach(function (name) {
    if (name && el.form.elements[name]) el.form.elements[name].value = '';
  });
  el.form.submit();
});
// "返回上一页" goes back in the history when there is one, else follows its link.
document.addEventListener('click', function (evt) {
  var a = evt.target.closest && evt.target.closest('[data-history-back]');
  if (a && window.history.length > 1) { evt.preventDefault(); window.history.back(); }
});
