// Which address a run published its ports on: "this machine only" (loopback, the default of the plain Run)
// or every interface, and the setting that changes it.
import type { PortSpec } from '../engine/actionsTypes';

/** The setting holding the address the plain Run publishes EXPOSEd ports on. */
export const PUBLISH_ADDRESS_SETTING = 'stevedore.run.publishAddress';
export const publishAddresses = ['127.0.0.1', '0.0.0.0'] as const;
export type PublishAddress = (typeof publishAddresses)[number];

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
const ALL = new Set(['', '0.0.0.0', '::']);

function mapping(p: PortSpec): string {
  const proto = p.protocol === 'tcp' ? '' : `/${p.protocol}`;
  return `${p.hostPort ?? 'a free port'}→${p.containerPort}${proto}`;
}

/** "Ports on 127.0.0.1 only (this machine): 8080→80 — …" per address, or undefined when nothing is published. */
export function publishedNote(ports: readonly PortSpec[]): string | undefined {
  if (!ports.length) return undefined;
  const byAddress = new Map<string, PortSpec[]>();
  for (const p of ports) {
    const ip = p.hostIp ?? '';
    const key = ALL.has(ip) ? '' : ip;
    byAddress.set(key, [...(byAddress.get(key) ?? []), p]);
  }
  const parts = [...byAddress].map(([ip, ps]) => {
    const list = ps.map(mapping).join(', ');
    if (ip === '') return `Ports on all interfaces (0.0.0.0): ${list}`;
    if (LOOPBACK.has(ip)) return `Ports on ${ip} only (this machine): ${list}`;
    return `Ports on ${ip}: ${list}`;
  });
  const loopbackOnly = [...byAddress.keys()].every((ip) => LOOPBACK.has(ip));
  return `${parts.join('; ')}${loopbackOnly ? ` — set ${PUBLISH_ADDRESS_SETTING} to 0.0.0.0 to publish on every interface` : ''}.`;
}

/** The EXPOSEd port as the plain Run publishes it: "127.0.0.1:80:80" on loopback, "80:80" on every interface. */
export function publishedDefault(port: string, address: string | undefined): string {
  if (!address || ALL.has(address)) return port;
  return `${address.includes(':') ? `[${address}]` : address}:${port}`;
}
