// Human text for the engine's state: the status bar, the welcome view's details and `treeView.message` all use it.
import type { EngineHealth, EngineVersion, ResolvedEndpoint } from './types';

/** "Docker Engine 20.10.24 (API 1.41)", "Podman Engine 5.2.1 (API 1.41)" */
export function engineLabel(v: EngineVersion): string {
  const name = v.platform || (/podman/i.test(v.version) ? 'Podman Engine' : 'Docker Engine');
  return `${name} ${v.version} (API ${v.apiVersion})`;
}

/** What the window targets: the context's name, else the host. */
export function targetLabel(ep: ResolvedEndpoint): string {
  if (ep.context) return ep.context;
  if (!ep.host) return 'Docker';
  if (ep.source === 'podman') return 'podman';
  if (ep.host.startsWith('unix://') && ep.source === 'default') return 'default';
  return ep.host.replace(/^(tcp|ssh|unix|npipe):\/\//, '');
}

export interface HealthText {
  /** short, for a status bar item (without icon) */
  short: string;
  /** one or more lines: state, endpoint, where it came from */
  detail: string;
}

/** Shown wherever the engine is named (status bar, Engines view, `stevedore engine`) when TLS is on but unverified. */
export const TLS_NOT_VERIFIED = 'TLS not verified';

export function describeHealth(h: EngineHealth, ep: ResolvedEndpoint): HealthText {
  const text = describeHealthOnly(h, ep);
  if (ep.tls?.verify !== false) return text;
  return {
    short: `${text.short} (${TLS_NOT_VERIFIED})`,
    detail: `${text.detail}\n${TLS_NOT_VERIFIED}: the server certificate is not checked, so the connection may not be to the engine it claims to be.`,
  };
}

function describeHealthOnly(h: EngineHealth, ep: ResolvedEndpoint): HealthText {
  // an endpoint that could not be resolved has no host; its reason is the error itself
  const where = ep.host ? `${ep.host} — from ${ep.reason}` : '';
  switch (h.state) {
    case 'connecting':
      return { short: `${targetLabel(ep)}: connecting…`, detail: `Connecting to the Docker engine at ${where}` };
    case 'connected':
      return {
        short: targetLabel(ep),
        detail: `${engineLabel(h.version)} on ${h.version.os}/${h.version.arch}\n${where}`,
      };
    case 'unreachable': {
      const retry = h.retryInMs !== undefined ? `\nRetrying in ${Math.round(h.retryInMs / 1000)} s.` : '';
      return { short: `${targetLabel(ep)}: unreachable`, detail: `${h.reason}${where ? `\n${where}` : ''}${retry}` };
    }
  }
}
