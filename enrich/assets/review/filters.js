// The review page's filters: by audit and by question, kept in the address's #fragment.
function applyFilter() {
  const audit = document.getElementById('audit-filter').value;
  const question = document.getElementById('question-filter').value;
  let shown = 0;
  for (const row of document.querySelectorAll('tr.finding')) {
    const visible = (!audit || row.dataset.audit === audit) && (!question || row.dataset.question === question);
    row.hidden = !visible;
    shown += visible ? 1 : 0;
  }
  document.getElementById('shown').textContent = shown + ' finding(s) shown';
  const params = new URLSearchParams();
  if (audit) params.set('audit', audit);
  if (question) params.set('question', question);
  history.replaceState(null, '', params.toString() ? '#' + params.toString() : location.pathname);
}
function fromHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  document.getElementById('audit-filter').value = params.get('audit') || '';
  document.getElementById('question-filter').value = params.get('question') || '';
  applyFilter();
}
document.getElementById('audit-filter').addEventListener('change', applyFilter);
document.getElementById('question-filter').addEventListener('change', applyFilter);
window.addEventListener('hashchange', fromHash);
fromHash();
