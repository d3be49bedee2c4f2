// The fuzz report's figures: the targets `npm run fuzz` holds them to, per-method request times, and the merge of
// the reports of parallel runs (each server process fuzzes its own share of the documents).

/** Wall time per request is the target; the server's own CPU time beside it tells a slow server from a busy machine. */
export function summary(report) {
  const small = report.timings.filter((t) => t.bytes <= 200_000);
  const huge = report.timings.filter((t) => t.bytes > 200_000);
  const slowSmall = small.filter((t) => t.ms > 1000);
  const slowHuge = huge.filter((t) => t.ms > 5000);
  const worst = (ts) => ts.reduce((m, t) => (t.ms > m.ms ? t : m), { ms: 0 });
  return {
    documents: report.documents,
    requests: report.requests,
    exits: report.exits.length,
    errorResponses: report.errorResponses.length,
    lintFailures: report.lintFailures.length,
    hangs: report.hangs.length,
    slowUnder200KB: slowSmall.length,
    slowUnder200KBCpu: small.filter((t) => (t.cpuMs ?? 0) > 1000).length,
    worstUnder200KB: worst(small),
    slowHugeOver5s: slowHuge.length,
    worstHuge: worst(huge),
    maxServerRssMB: Math.round(report.maxRssKb / 1024),
    cli: {
      runs: report.cli.runs,
      files: report.cli.files,
      badExit: report.cli.badExit.length,
      badJson: report.cli.badJson.length,
      checkFailed: report.cli.checkFailed.length,
      slowestBatchMs: Math.round(report.cli.slowestMs),
    },
  };
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/**
 * Per method (diagnostics included), over the requests on files between `minBytes` and `maxBytes`: count, median,
 * 95th percentile and worst wall time, how many took over `slowMs`, and the same figures for the server's CPU time.
 */
export function byMethod(report, { minBytes = 0, maxBytes = 200_000, slowMs = 1000 } = {}) {
  const groups = new Map();
  for (const t of report.timings)
    if (t.bytes >= minBytes && t.bytes <= maxBytes) {
      const k = `${t.family === 'dockerfile' ? 'df' : 'yml'} ${t.method.replace('textDocument/', '')}`;
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k).push(t);
    }
  return [...groups]
    .map(([method, ts]) => {
      const wall = ts.map((t) => t.ms).sort((a, b) => a - b);
      const cpu = ts.map((t) => t.cpuMs ?? 0).sort((a, b) => a - b);
      return {
        method,
        n: ts.length,
        wallP50: Math.round(quantile(wall, 0.5)),
        wallP95: Math.round(quantile(wall, 0.95)),
        wallMax: Math.round(wall.at(-1)),
        slow: wall.filter((ms) => ms > slowMs).length,
        cpuP50: Math.round(quantile(cpu, 0.5)),
        cpuMax: Math.round(cpu.at(-1)),
      };
    })
    .sort((a, b) => b.wallMax - a.wallMax);
}

/** One report out of the reports of parallel runs (timings and findings concatenated, the peak RSS the highest). */
export function merge(reports) {
  const out = reports[0];
  for (const r of reports.slice(1)) {
    out.documents += r.documents;
    out.requests += r.requests;
    for (const k of ['exits', 'errorResponses', 'lintFailures', 'hangs', 'slow', 'timings', 'rssJumps'])
      for (const x of r[k]) out[k].push(x);
    out.maxRssKb = Math.max(out.maxRssKb, r.maxRssKb);
    out.stoppedEarly ||= r.stoppedEarly;
    out.cli.runs += r.cli.runs;
    out.cli.files += r.cli.files;
    for (const k of ['badExit', 'badJson', 'checkFailed']) for (const x of r.cli[k]) out.cli[k].push(x);
    out.cli.slowestMs = Math.max(out.cli.slowestMs, r.cli.slowestMs);
  }
  return out;
}
