import { describe, expect, it } from 'vitest';
import { LogViewModel } from './logViewModel';

describe('log view model (unit)', () => {
  it('splits per stream, renders colours, escapes HTML, marks stderr and notices', () => {
    const m = new LogViewModel(1024 * 1024);
    m.write('stdout', Buffer.from('\u001b[32mok\u001b[0m <script>x</script>\npart'));
    m.write('stderr', Buffer.from('boom\n'));
    m.write('stdout', Buffer.from('ial\n'));
    m.notice('— <restarted> —');
    expect(m.takePending()).toEqual([
      { s: 'o', h: '<span style="color:rgb(0, 187, 0)">ok</span> &lt;script&gt;x&lt;/script&gt;' },
      { s: 'e', h: 'boom' },
      { s: 'o', h: 'partial' },
      { s: 'n', h: '— &lt;restarted&gt; —' },
    ]);
    expect(m.takePending()).toEqual([]);
    expect(m.text()).toEqual(['ok <script>x</script>', '[stderr] boom', 'partial', '— <restarted> —']);
  });

  it('keeps the queue for the webview bounded by lines and bytes', () => {
    const m = new LogViewModel(1000, 5);
    for (let i = 0; i < 100; i++) m.write('stdout', Buffer.from(`line ${i}\n`));
    const q = m.takePending();
    expect(q.map((l) => l.h)).toEqual(['line 95', 'line 96', 'line 97', 'line 98', 'line 99']);
    m.write('stdout', Buffer.from(`${'x'.repeat(600)}\n${'y'.repeat(600)}\n`));
    expect(m.takePending().map((l) => l.h[0])).toEqual(['y']);
  });

  it('flushes a last line without newline, and clear forgets everything', () => {
    const m = new LogViewModel(1000);
    m.write('stderr', Buffer.from('no newline'));
    expect(m.takePending()).toEqual([]);
    m.flushPartial();
    expect(m.text()).toEqual(['[stderr] no newline']);
    m.write('stdout', Buffer.from('half'));
    m.clear();
    m.flushPartial();
    expect(m.text()).toEqual([]);
  });
});
