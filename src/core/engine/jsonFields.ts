// Tolerant readers of engine JSON: any field may be missing or of another type (older APIs, Podman).
export type Json = Record<string, unknown>;

export const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown, d = ''): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : d);
export const num = (v: unknown, d = 0): number => (typeof v === 'number' && Number.isFinite(v) ? v : d);
export const bool = (v: unknown): boolean => v === true;
export const strs = (v: unknown): string[] => arr(v).filter((x): x is string => typeof x === 'string');
/**
 * Labels (and event attributes): the engine sends only string values; any other value is left out, as strs() leaves
 * out a list's non-strings, rather than turned into a label the engine never set ('' for an object, say).
 */
export const labels = (v: unknown): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(obj(v))) if (typeof x === 'string') out[k] = x;
  return out;
};
export const optStr = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export const stripSlash = (n: string): string => (n.startsWith('/') ? n.slice(1) : n);
export const realTags = (v: unknown): string[] => strs(v).filter((t) => t !== '<none>:<none>');
export const realDigests = (v: unknown): string[] => strs(v).filter((t) => t !== '<none>@<none>');
