// Near-miss suggestions ("did you mean CMD?"): optimal string alignment distance, where swapping two
// neighbouring letters (CDM → CMD) is one edit, as a typist makes it.

/** Edits (insert, delete, substitute, swap neighbours) from `a` to `b`; stops counting above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  // d(i, j): the distance from a[0..i) to b[0..j), row after row in one array
  const d = new Array<number>((a.length + 1) * width).fill(0);
  const at = (i: number, j: number) => d[i * width + j] ?? 0;
  for (let i = 0; i <= a.length; i++) d[i * width] = i;
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      d[i * width + j] = v;
    }
  }
  return at(a.length, b.length);
}

/**
 * The candidate nearest to `word` (ignoring case), when it is near enough: one edit for words up to five
 * letters, two for longer ones. Ties go to the earlier candidate.
 */
export function nearestWord(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  const max = w.length > 5 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const c of candidates) {
    const dist = editDistance(w, c.toLowerCase(), max);
    if (dist < bestDistance) {
      best = c;
      bestDistance = dist;
    }
  }
  return best;
}
