// The run flow's memory and guards: answers remembered per image, the trust rule for bind mounts, and a free
// name when remembered answers name a container that exists already.
import type { RunSpec } from '../engine/actionsTypes';
import { defaultAnswers, sanitizeAnswers, type RunAnswers } from './runSpec';

/** "Run" and "Run Interactive" reuse answers; "Run…" and "Create…" ask (starting from them) and remember. */
export type RunMode = 'run' | 'runInteractive' | 'runWith' | 'create';

/** The part of a VS Code Memento the flow uses. */
export interface AnswerStore {
  get(key: string): unknown;
  update(key: string, value: unknown): PromiseLike<void>;
}

export const runAnswersKey = (image: string): string => `stevedore.run.answers.${image}`;

/**
 * The answers a mode starts from: the image's remembered ones (or its defaults, EXPOSEd ports on `publishAddress`),
 * with the mode's own overrides.
 */
export function answersFor(
  store: AnswerStore,
  image: string,
  exposedPorts: string[],
  mode: RunMode,
  publishAddress?: string,
): RunAnswers {
  const answers = sanitizeAnswers(store.get(runAnswersKey(image)), defaultAnswers(exposedPorts, publishAddress));
  if (mode === 'runInteractive') return { ...answers, interactive: true, restart: 'no' };
  if (mode === 'run') return { ...answers, interactive: false };
  return answers;
}

/** Only answers the user gave (Run… / Create…) are remembered: a quick Run Interactive must not change them. */
export async function rememberAnswers(
  store: AnswerStore,
  image: string,
  mode: RunMode,
  answers: RunAnswers,
): Promise<void> {
  if (mode === 'runWith' || mode === 'create') await store.update(runAnswersKey(image), answers);
}

/** Bind mounts expose host folders: refused in an untrusted workspace, whichever way the spec was made. */
export function trustProblem(spec: Pick<RunSpec, 'volumes'>, trusted: boolean): string | undefined {
  if (trusted || !spec.volumes.some((v) => v.kind === 'bind')) return undefined;
  return 'Bind-mounting host folders needs a trusted workspace: trust the workspace, or remove the bind mounts with "Run…".';
}

/** `name` if no container has it, else the first free `name-2`, `name-3`, … (the engine compares names exactly). */
export function freeContainerName(name: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.replace(/^\//, '')));
  if (!used.has(name)) return name;
  for (let i = 2; ; i++) if (!used.has(`${name}-${i}`)) return `${name}-${i}`;
}
