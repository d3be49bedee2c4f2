// How quick inputs behave, without VS Code: Enter in a multi-select with nothing checked, the one list
// separator (","), and the single success report of a verb.

/** What Enter in a multi-select means: the checked items; else the highlighted one; else the only one shown. */
export function resolveMultiPick<T>(
  checked: readonly T[],
  highlighted: T | undefined,
  shown: readonly T[],
): { picked: T[] } | { explain: string } {
  if (checked.length) return { picked: [...checked] };
  if (highlighted !== undefined) return { picked: [highlighted] };
  const [only] = shown;
  if (shown.length === 1 && only !== undefined) return { picked: [only] };
  return {
    explain: shown.length
      ? 'nothing checked: check items with Space or a click, or highlight one with ↓, then Enter'
      : 'nothing matches: change the filter',
  };
}

/** Does a quick pick's filter text show this label? (VS Code matches the words of the filter in the label) */
export function matchesFilter(label: string, filter: string): boolean {
  const l = label.toLowerCase();
  return filter
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => l.includes(w));
}

/** The list separator of every input: commas, spaces around them ignored, empty entries dropped. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** KEY=VALUE entries separated by commas; a comma not followed by a KEY= stays in the value ("A=1,2, B=x"). */
export function splitEnvList(text: string): string[] {
  return text
    .split(/,(?=\s*[A-Za-z_][A-Za-z0-9_.-]*=)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function joinList(entries: readonly string[]): string {
  return entries.join(', ');
}

/** "Stopped web", "Stopped web, db", "Stopped 5 containers", with the failures counted apart. */
export function successMessage(done: string, names: readonly string[], noun: string, failed = 0): string | undefined {
  if (!names.length) return undefined;
  const what = names.length <= 3 ? names.join(', ') : `${names.length} ${noun}s`;
  return `${done} ${what}${failed ? ` (${failed} failed)` : ''}`;
}

const INSTRUCTION =
  /,(?=\s*(?:CMD|ENTRYPOINT|ENV|EXPOSE|LABEL|ONBUILD|USER|VOLUME|WORKDIR|STOPSIGNAL|HEALTHCHECK|SHELL)\b)/i;

/** Dockerfile instructions separated by commas: a comma splits only before an instruction (`CMD ["a","b"]` stays). */
export function splitInstructionList(text: string): string[] {
  return text
    .split(INSTRUCTION)
    .map((s) => s.trim())
    .filter(Boolean);
}
