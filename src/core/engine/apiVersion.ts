// Engine API versions: the range we speak, their order, and the version an engine states on its replies.
/** Newest API we speak; older engines get their own version (negotiated down, like the CLI does). */
export const CLIENT_MAX_API = '1.47';
/** Oldest API whose replies we can map (Docker 1.12). */
export const CLIENT_MIN_API = '1.24';

export function compareApi(a: string, b: string): number {
  const [amaj = 0, amin = 0] = a.split('.').map(Number);
  const [bmaj = 0, bmin = 0] = b.split('.').map(Number);
  return amaj - bmaj || amin - bmin;
}

/** The API-Version header of an engine's reply. */
export function apiHeader(h: Record<string, string | string[] | undefined>): string | undefined {
  const v = h['api-version'];
  return Array.isArray(v) ? v[0] : v;
}
