// htmx sends the CSRF token of the page with every state-changing request.
document.addEventListener('htmx:configRequest', function (evt) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) evt.detail.headers[header.content] = token.content;
});
// Charts: every element with data-chart-url gets an ECharts chart from the JSON option at that URL; one with
// data-chart-option has its option in the page already.
function loadCharts(root) {
  if (typeof echarts === 'undefined') return;
  (root || document).querySelectorAll('[data-chart-option]').forEach(function (el) {
    var option = JSON.parse(el.getAttribute('data-chart-option'));
    option.animation = false;
    echarts.init(el).setOption(option);
    el.setAttribute('data-loaded', 'true');
  });
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
// Sortable tables: a table with data-sortable sorts its rows when a header's button is pressed (mouse or keyboard);
// a header's data-sort says how ("number" or "text"), a cell's data-sort-value overrides its text.
function sortValue(cell, type) {
  var raw = cell.hasAttribute('data-sort-value') ? cell.getAttribute('data-sort-value') : cell.textContent.trim();
  if (type !== 'number') return raw;
  var n = parseFloat(raw.replace(/[+%,\s]/g, ''));
  return isNaN(n) ? null : n;
}
document.addEventListener('click', function (evt) {
  var button = evt.target.closest && evt.target.closest('table[data-sortable] th[data-sort] .sort-button');
  if (!button) return;
  var th = button.closest('th');
  var table = th.closest('table');
  var index = Array.prototype.indexOf.call(th.parentNode.children, th);
  var type = th.getAttribute('data-sort');
  var ascending = th.getAttribute('aria-sort') !== 'ascending';
  table.querySelectorAll('th[data-sort]').forEach(function (h) { h.removeAttribute('aria-sort'); });
  th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  rows.sort(function (a, b) {
    var x = sortValue(a.cells[index], type), y = sortValue(b.cells[index], type);
    if (x === null || x === '') return y === null || y === '' ? 0 : 1; // empty values last either way
    if (y === null || y === '') return -1;
    var c = type === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
    return ascending ? c : -c;
  });
  rows.forEach(function (r) { body.appendChild(r); });
});
// Score trees: a table with data-tree-key folds its branches (a row's data-parent names the row above). The folded
// branches are remembered per tree key (the courts of a level share their codes) in localStorage; a search box with
// data-tree-search shows the rows whose code or name contains the text, with the rows above them.
var Tree = {
  key: function (table) { return 'scorecard.tree.' + table.getAttribute('data-tree-key'); },
  load: function (table) {
    try { return new Set(JSON.parse(window.localStorage.getItem(Tree.key(table)) || '[]')); } catch (e) { return new Set(); }
  },
  save: function (table, folded) {
    try { window.localStorage.setItem(Tree.key(table), JSON.stringify(Array.from(folded))); } catch (e) { /* private mode */ }
  },
  rows: function (table) { return Array.prototype.slice.call(table.tBodies[0].rows); },
  apply: function (table) {
    var folded = Tree.load(table);
    var rows = Tree.rows(table);
    var byCode = {};
    rows.forEach(function (r) { byCode[r.getAttribute('data-code')] = r; });
    var box = document.querySelector('[data-tree-search="#' + table.id + '"]');
    var q = box ? box.value.trim().toLowerCase() : '';
    var shown = new Set();
    if (q) {
      rows.forEach(function (r) {
        var code = r.getAttribute('data-code');
        if (code.toLowerCase().indexOf(q) >= 0 || (r.getAttribute('data-name') || '').toLowerCase().indexOf(q) >= 0) {
          for (var c = code; c; c = byCode[c] && byCode[c].getAttribute('data-parent')) shown.add(c);
          r.classList.add('tree-match');
        } else {
          r.classList.remove('tree-match');
        }
      });
    }
    rows.forEach(function (r) {
      var code = r.getAttribute('data-code');
      var hidden = false;
      if (q) {
        hidden = !shown.has(code);
      } else {
        r.classList.remove('tree-match');
        for (var p = r.getAttribute('data-parent'); p; p = byCode[p] && byCode[p].getAttribute('data-parent')) {
          if (folded.has(p)) { hidden = true; break; }
        }
      }
      r.hidden = hidden;
      var toggle = r.querySelector('[data-tree-toggle]');
      if (toggle) toggle.setAttribute('aria-expanded', String(q ? true : !folded.has(code)));
    });
    var found = document.getElementById('tree-found');
    // the words come from the page (data-found="找到 {0} 项", from the message bundle)
    if (found) found.textContent = q ? found.getAttribute('data-found').replace('{0}', table.querySelectorAll('tr.tree-match').length) : '';
  },
  /** Folds every branch at depth >= depth ("all" unfolds everything). */
  depth: function (table, depth) {
    var folded = new Set();
    if (depth !== 'all') {
      Tree.rows(table).forEach(function (r) {
        if (r.querySelector('[data-tree-toggle]') && Number(r.getAttribute('data-depth')) >= Number(depth)) {
          folded.add(r.getAttribute('data-code'));
        }
      });
    }
    Tree.save(table, folded);
    Tree.apply(table);
  }
};
document.addEventListener('click', function (evt) {
  var toggle = evt.target.closest && evt.target.closest('[data-tree-toggle]');
  if (toggle) {
    var table = toggle.closest('table');
    var folded = Tree.load(table);
    var code = toggle.getAttribute('data-tree-toggle');
    if (folded.has(code)) folded.delete(code); else folded.add(code);
    Tree.save(table, folded);
    Tree.apply(table);
    return;
  }
  var level = evt.target.closest && evt.target.closest('[data-tree-depth]');
  if (level) Tree.depth(document.querySelector(level.getAttribute('data-tree')), level.getAttribute('data-tree-depth'));
});
document.addEventListener('input', function (evt) {
  var box = evt.target;
  if (box.hasAttribute && box.hasAttribute('data-tree-search')) Tree.apply(document.querySelector(box.getAttribute('data-tree-search')));
});
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('table[data-tree-key]').forEach(Tree.apply);
});
