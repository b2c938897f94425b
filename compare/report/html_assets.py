"""The HTML report's style sheet and script, inlined so the page needs nothing else."""

STYLE = """
:root { --differ: #c62828; --approximate: #b26a00; --agree: #2e7d32; --muted: #666;
  --bg: #fff; --fg: #1a1a1a; --mark: #fff3c4; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1400px; padding: 1rem; font: 16px/1.5 system-ui, sans-serif;
  color: var(--fg); background: var(--bg); }
h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
h2 { font-size: 1.15rem; border-bottom: 1px solid #ddd; margin-top: 2rem; }
table.sources { border-collapse: collapse; width: 100%; font-size: .9rem; }
table.sources td, table.sources th { border-bottom: 1px solid #eee; padding: .2rem .4rem;
  text-align: left; vertical-align: top; }
.summary { font-weight: 600; }
ol.findings { padding-left: 1.5rem; }
.finding { margin-bottom: 1rem; }
.finding .head { margin: 0; }
.badge { display: inline-block; padding: 0 .4rem; border-radius: .3rem; color: #fff;
  background: var(--muted); font-size: .8rem; text-transform: uppercase; }
.conflict .badge { background: var(--differ); }
.variant .badge { background: var(--approximate); }
.kind { color: var(--muted); font-size: .85rem; }
ul.evidence { list-style: none; padding-left: .5rem; }
blockquote { margin: .2rem 0 .5rem 1rem; padding-left: .6rem; border-left: 3px solid #ddd; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.column { max-height: 80vh; overflow-y: auto; border: 1px solid #ddd; border-radius: .4rem;
  padding: .5rem 1rem; }
.column[hidden] { display: none; }
.column h3 { position: sticky; top: -.5rem; background: var(--bg); margin: 0; padding: .3rem 0; }
.block.caption { font-style: italic; color: var(--muted); }
mark.claim { background: var(--mark); border-bottom: 2px solid var(--agree); cursor: pointer;
  color: inherit; }
mark.claim.v-differ { border-bottom-color: var(--differ); background: #fde0e0; }
mark.claim.v-approximate { border-bottom-color: var(--approximate); }
mark.claim.k-statement { background: #eef4ff; }
mark.claim mark.claim { background: var(--mark); }
mark.flash { outline: 3px solid #1565c0; }
.pick select { max-width: 40vw; }
.hint { color: var(--muted); font-size: .85rem; }
.matrix-wrap { overflow-x: auto; max-width: 100%; }
table.matrix { border-collapse: collapse; font-size: .75rem; }
table.matrix th, table.matrix td { width: 1.4rem; min-width: 1.4rem; height: 1.4rem;
  text-align: center; border: 1px solid #eee; padding: 0; }
table.matrix thead th { position: sticky; top: 0; background: var(--bg); }
table.matrix tbody th { position: sticky; left: 0; background: var(--bg); padding: 0 .3rem; }
td.agree, .legend .agree { color: var(--agree); }
td.differ, .legend .differ { color: var(--differ); font-weight: 700; }
td.approximate, .legend .approximate { color: var(--approximate); }
td.absent, .legend .absent { color: #bbb; }
table.matrix a { color: inherit; text-decoration: none; }
@media (max-width: 720px) {
  body { padding: .5rem; font-size: 15px; }
  .columns { grid-template-columns: 1fr; }
  .column { max-height: 60vh; }
  table.sources td:nth-child(5), table.sources th:nth-child(5) { display: none; }
}
"""

# Without a module system or network: plain DOM code, run once the page is parsed.
SCRIPT = """
(function () {
  var columns = Array.prototype.slice.call(document.querySelectorAll('.column'));
  var left = document.getElementById('pick-left');
  var right = document.getElementById('pick-right');
  var box = document.querySelector('.columns');
  if (!box || !left || !right) { return; }
  left.value = box.getAttribute('data-left');
  right.value = box.getAttribute('data-right');
  function show() {
    columns.forEach(function (col) {
      var i = col.getAttribute('data-index');
      col.hidden = !(i === left.value || i === right.value);
    });
  }
  left.addEventListener('change', show);
  right.addEventListener('change', show);
  show();
  function columnOf(el) { return el.closest('.column'); }
  function reveal(target, besides) {
    var col = columnOf(target);
    if (col && col.hidden) {
      var idx = col.getAttribute('data-index');
      var keep = besides ? besides.getAttribute('data-index') : left.value;
      if (keep === right.value) { left.value = idx; } else { right.value = idx; }
      show();
    }
    target.scrollIntoView({block: 'center', inline: 'nearest'});
    document.querySelectorAll('mark.flash').forEach(function (m) { m.classList.remove('flash'); });
    target.classList.add('flash');
  }
  function counterpart(mark) {
    var own = columnOf(mark);
    var group = mark.getAttribute('data-group');
    var all = document.querySelectorAll('mark.claim[data-group="' + group + '"]');
    var visible = null, other = null;
    for (var i = 0; i < all.length; i++) {
      var col = columnOf(all[i]);
      if (col === own) { continue; }
      if (!col.hidden && !visible) { visible = all[i]; }
      if (!other) { other = all[i]; }
    }
    return visible || other;
  }
  function follow(event) {
    var mark = event.target.closest('mark.claim');
    if (!mark) { return; }
    event.stopPropagation();
    var target = counterpart(mark);
    if (target) { reveal(target, columnOf(mark)); }
  }
  box.addEventListener('click', follow);
  box.addEventListener('keydown', function (event) {
    if (event.key === 'Enter') { follow(event); }
  });
  document.addEventListener('click', function (event) {
    var link = event.target.closest('a[href^="#c"]');
    if (!link) { return; }
    var target = document.getElementById(link.getAttribute('href').slice(1));
    if (!target) { return; }
    event.preventDefault();
    reveal(target, null);
  });
})();
"""
