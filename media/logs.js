// Log view webview: renders batches of pre-escaped lines, keeps the DOM bounded, follows the end.
(function () {
  const vscode = acquireVsCodeApi();
  const body = document.getElementById('lines');
  const status = document.getElementById('status');
  const follow = document.getElementById('follow');
  const timestamps = document.getElementById('timestamps');
  const stderrOnly = document.getElementById('stderrOnly');
  const maxLines = Number(document.body.dataset.maxLines || '20000');
  let atEnd = true;

  window.addEventListener('scroll', () => {
    atEnd = window.innerHeight + window.scrollY >= document.body.scrollHeight - 30;
  });

  function add(lines) {
    const frag = document.createDocumentFragment();
    for (const l of lines) {
      const div = document.createElement('div');
      div.className = 'line ' + l.s;
      div.innerHTML = l.h; // escaped by the extension (ansiToHtml)
      frag.appendChild(div);
    }
    body.appendChild(frag);
    let extra = body.childElementCount - maxLines;
    while (extra-- > 0) body.removeChild(body.firstElementChild);
    if (atEnd) window.scrollTo(0, document.body.scrollHeight);
  }

  window.addEventListener('message', (e) => {
    const m = e.data;
    if (m.type === 'append') add(m.lines);
    else if (m.type === 'reset') { body.textContent = ''; add(m.lines); }
    else if (m.type === 'state') {
      follow.checked = m.follow;
      timestamps.checked = m.timestamps;
      status.textContent = m.status;
    }
  });

  follow.addEventListener('change', () => vscode.postMessage({ type: 'follow', value: follow.checked }));
  timestamps.addEventListener('change', () => vscode.postMessage({ type: 'timestamps', value: timestamps.checked }));
  stderrOnly.addEventListener('change', () => document.body.classList.toggle('stderr-only', stderrOnly.checked));
  document.getElementById('range').addEventListener('change', (e) => vscode.postMessage({ type: 'range', value: e.target.value }));
  document.getElementById('clear').addEventListener('click', () => vscode.postMessage({ type: 'clear' }));
  document.getElementById('copy').addEventListener('click', () => vscode.postMessage({ type: 'copy' }));
  document.getElementById('find').addEventListener('click', () => vscode.postMessage({ type: 'find' }));
  vscode.postMessage({ type: 'ready' });
})();
