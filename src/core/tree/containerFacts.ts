import type { PortBinding } from '../engine/types';

/** Exit code from the engine's status text ("Exited (137) 2 hours ago"); undefined when not exited. */
export function exitCodeOf(status: string): number | undefined {
  const m = /^Exited \((-?\d+)\)/.exec(status);
  return m ? Number(m[1]) : undefined;
}

/** Published ports, one entry per host port (the engine lists 0.0.0.0 and :: bindings separately). */
export function publishedPorts(ports: readonly PortBinding[]): PortBinding[] {
  const seen = new Set<string>();
  const out: PortBinding[] = [];
  for (const p of ports) {
    const key = `${p.publicPort ?? ''}:${p.privatePort}/${p.type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out.sort((a, b) => (a.publicPort ?? 0) - (b.publicPort ?? 0) || a.privatePort - b.privatePort);
}
