// Engine facts with a deadline: an engine-aware rule never waits longer than this for one answer.
export const FACT_TIMEOUT_MS = 2000;

export async function withDeadline<T>(p: Promise<T> | undefined, ms = FACT_TIMEOUT_MS): Promise<T | undefined> {
  if (!p) return undefined;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([p.catch(() => undefined), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
