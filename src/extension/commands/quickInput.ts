// Quick inputs that behave alike everywhere: steps shown as "2/3" in multi-step flows, and a multi-select whose
// Enter with nothing checked takes the highlighted item (or says what to do). Rules in core/messages/quickInput.
import * as vscode from 'vscode';
import { matchesFilter, resolveMultiPick } from '../../core/messages/quickInput';

export interface Step {
  step?: number;
  totalSteps?: number;
}

/**
 * A step of a flow of several stays open when the focus moves elsewhere (a notification, another window): closing
 * it would drop the answers already given. Escape still ends the flow.
 */
function inFlow(opts: Step): boolean {
  return (opts.totalSteps ?? 0) > 1;
}

/** An input box of a multi-step flow; undefined on Escape. */
export function inputStep(opts: vscode.InputBoxOptions & Step): Promise<string | undefined> {
  const box = vscode.window.createInputBox();
  Object.assign(box, {
    title: opts.title,
    value: opts.value ?? '',
    prompt: opts.prompt,
    placeholder: opts.placeHolder,
    password: !!opts.password,
    ignoreFocusOut: opts.ignoreFocusOut ?? inFlow(opts),
    step: opts.step,
    totalSteps: opts.totalSteps,
  });
  return new Promise((resolve) => {
    const validate = async (v: string) => {
      const m = await opts.validateInput?.(v);
      box.validationMessage = m ?? undefined;
      return !m;
    };
    box.onDidChangeValue((v) => void validate(v));
    box.onDidAccept(async () => {
      if (!(await validate(box.value))) return;
      resolve(box.value);
      box.hide();
    });
    box.onDidHide(() => {
      resolve(undefined);
      box.dispose();
    });
    box.show();
  });
}

interface PickOptions extends Step {
  title: string;
  placeHolder?: string;
  matchOnDescription?: boolean;
}

/** A single pick of a multi-step flow; undefined on Escape. */
export function pickStep<T extends vscode.QuickPickItem>(
  items: readonly T[],
  opts: PickOptions,
): Promise<T | undefined> {
  const qp = vscode.window.createQuickPick<T>();
  Object.assign(qp, {
    items,
    title: opts.title,
    placeholder: opts.placeHolder,
    matchOnDescription: !!opts.matchOnDescription,
    ignoreFocusOut: inFlow(opts),
    step: opts.step,
    totalSteps: opts.totalSteps,
  });
  return new Promise((resolve) => {
    qp.onDidAccept(() => {
      resolve(qp.selectedItems[0] ?? qp.activeItems[0]);
      qp.hide();
    });
    qp.onDidHide(() => {
      resolve(undefined);
      qp.dispose();
    });
    qp.show();
  });
}

/**
 * A multi-select: Enter takes the checked items, else the highlighted one, else the only one the filter shows;
 * otherwise the title says what to do and the pick stays open. undefined on Escape.
 */
export function pickMany<T extends vscode.QuickPickItem>(
  items: readonly T[],
  opts: PickOptions,
): Promise<T[] | undefined> {
  const qp = vscode.window.createQuickPick<T>();
  Object.assign(qp, {
    items,
    canSelectMany: true,
    title: opts.title,
    placeholder: opts.placeHolder,
    matchOnDescription: !!opts.matchOnDescription,
    ignoreFocusOut: inFlow(opts),
    step: opts.step,
    totalSteps: opts.totalSteps,
  });
  qp.selectedItems = items.filter((i) => i.picked);
  return new Promise((resolve) => {
    qp.onDidAccept(() => {
      const shown = items.filter(
        (i) =>
          i.kind !== vscode.QuickPickItemKind.Separator &&
          (matchesFilter(i.label, qp.value) ||
            (opts.matchOnDescription && matchesFilter(i.description ?? '', qp.value))),
      );
      const r = resolveMultiPick(qp.selectedItems, qp.activeItems[0], shown);
      if ('explain' in r) {
        qp.title = `${opts.title} — ${vscode.l10n.t(r.explain)}`;
        return;
      }
      resolve(r.picked);
      qp.hide();
    });
    qp.onDidHide(() => {
      resolve(undefined);
      qp.dispose();
    });
    qp.show();
  });
}
