// Stats panel: small line charts (CPU %, memory) on canvas plus the docker stats columns.
(function () {
  const maxPoints = 120;
  const cpu = [];
  const mem = [];
  const fg = getComputedStyle(document.body).getPropertyValue('--vscode-foreground') || '#ccc';
  const colors = { cpu: getComputedStyle(document.body).getPropertyValue('--vscode-charts-blue') || '#3794ff', mem: getComputedStyle(document.body).getPropertyValue('--vscode-charts-green') || '#89d185' };

  function draw(canvas, data, max, color, label) {
    const ctx = canvas.getContext('2d');
    const w = (canvas.width = canvas.clientWidth * devicePixelRatio);
    const h = (canvas.height = canvas.clientHeight * devicePixelRatio);
    ctx.clearRect(0, 0, w, h);
    ctx.strokeStyle = fg; ctx.globalAlpha = 0.2; ctx.strokeRect(0, 0, w, h); ctx.globalAlpha = 1;
    ctx.fillStyle = fg; ctx.font = `${11 * devicePixelRatio}px sans-serif`; ctx.fillText(label, 6 * devicePixelRatio, 14 * devicePixelRatio);
    if (data.length < 2) return;
    ctx.strokeStyle = color; ctx.lineWidth = 2 * devicePixelRatio; ctx.beginPath();
    data.forEach((v, i) => {
      const x = (i / (maxPoints - 1)) * w;
      const y = h - (Math.min(v, max) / (max || 1)) * (h - 20 * devicePixelRatio) - 2;
      if (i) ctx.lineTo(x, y);
      else ctx.moveTo(x, y);
    });
    ctx.stroke();
  }

  window.addEventListener('message', (e) => {
    const m = e.data;
    if (m.type === 'ended') { document.getElementById('status').textContent = m.text; return; }
    if (m.type !== 'sample') return;
    cpu.push(m.sample.cpuPercent); mem.push(m.sample.memUsage);
    if (cpu.length > maxPoints) { cpu.shift(); mem.shift(); }
    for (const [k, v] of Object.entries(m.columns)) { const el = document.getElementById(k); if (el) el.textContent = v; }
    document.getElementById('status').textContent = '';
    draw(document.getElementById('cpuChart'), cpu, Math.max(100, ...cpu), colors.cpu, 'CPU ' + m.columns.cpu);
    draw(document.getElementById('memChart'), mem, m.sample.memLimit || Math.max(...mem), colors.mem, 'Memory ' + m.columns.mem);
  });
})();
