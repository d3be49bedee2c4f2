// Image verbs: pull (tag completion, per-layer progress, cancellable), push (login hint), tag, remove, history, search.
import * as vscode from 'vscode';
import { resolveCredentials } from '../../core/commands/credentials';
import { PullProgress } from '../../core/commands/pullProgress';
import { formatSize } from '../../core/commands/statsFormat';
import * as actions from '../../core/engine/actions';
import { actionsFor } from '../../core/engine/actions';
import { isEngineError } from '../../core/engine/errors';
import { pushConfirmation, pushTitle, unreachableRegistry } from '../../core/messages/push';
import type { Services } from '../services';
import { pickFromDockerHub } from './hubSearch';
import { confirmDestructive, errorText, forEachTarget, reportDone, type TargetOf } from './define';
import { openInspect, type InspectDocuments } from './inspect';
import type { Registrations } from './registry';
import { historyWithLines } from '../build/layerAnnotations';

const t = vscode.l10n.t;
type I = TargetOf<'image'>;
const referencePattern =
  /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?::\d+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@sha256:[0-9a-f]{64})?$/;

export function validateReference(ref: string): string | undefined {
  if (!ref) return t('An image name is required');
  return referencePattern.test(ref)
    ? undefined
    : t('"{0}" is not a valid image reference (lowercase name, optional :tag)', ref);
}

/** The docker CLI's stored credentials for `ref`'s registry; a pull goes on anonymously when they cannot be read. */
export async function registryCredentials(
  services: Services,
  ref: string,
  forPush: boolean,
): Promise<actions.AuthConfig | undefined> {
  try {
    return await resolveCredentials(ref);
  } catch (e) {
    if (forPush) throw e;
    services.output.warn(
      `Pull ${ref}: no registry credentials (${e instanceof Error ? e.message : String(e)}); pulling anonymously.`,
    );
    return undefined;
  }
}

/** Runs a pull or push with a cancellable notification showing layer progress. */
async function withLayerProgress(
  title: string,
  stream: (signal: AbortSignal) => AsyncIterable<actions.ProgressEvent>,
  output: vscode.LogOutputChannel,
): Promise<boolean> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: true },
    async (p, token) => {
      const ac = new AbortController();
      token.onCancellationRequested(() => ac.abort());
      const progress = new PullProgress();
      let reported = 0;
      for await (const ev of stream(ac.signal)) {
        progress.update(ev);
        const pct = Math.round(progress.fraction * 100);
        p.report({ message: progress.message, increment: Math.max(0, pct - reported) });
        reported = Math.max(reported, pct);
        if (ev.status && !ev.id) output.info(`${title}: ${ev.status}`);
      }
      return !ac.signal.aborted;
    },
  );
}

/** Pulls `ref` with a cancellable notification of its layers; whether it finished (false: cancelled). */
export async function pullWithProgress(services: Services, ref: string): Promise<boolean> {
  const auth = await registryCredentials(services, ref, false);
  const done = await withLayerProgress(
    t('Pulling {0}', ref),
    (signal) => actionsFor(services.engine).pullImage(ref, { signal, auth }),
    services.output,
  );
  if (done) void vscode.window.showInformationMessage(t('Pulled {0}.', ref));
  return done;
}

export function imageCommands(
  services: Services,
  docs: InspectDocuments,
): Registrations<
  | 'stevedore.image.pull'
  | 'stevedore.image.repull'
  | 'stevedore.image.push'
  | 'stevedore.image.tag'
  | 'stevedore.image.remove'
  | 'stevedore.image.inspect'
  | 'stevedore.image.history'
  | 'stevedore.image.copyId'
  | 'stevedore.image.search'
> {
  const pull = (ref: string) => pullWithProgress(services, ref);
  return {
    'stevedore.image.pull': {
      // a reference passed by another command or a keybinding skips the question
      run: async (_c, _ts, given?: unknown) => {
        const ref =
          typeof given === 'string' && given.trim() && !validateReference(given.trim())
            ? given.trim()
            : await askReference(services);
        if (ref) await pull(ref.includes(':') || ref.includes('@') ? ref : `${ref}:latest`);
      },
    },
    'stevedore.image.repull': {
      run: async (_c, ts) => {
        await pull((ts[0] as I).tag ?? (ts[0] as I).name);
      },
    },
    'stevedore.image.push': {
      run: async (_c, ts) => {
        const ref = (ts[0] as I).tag;
        if (!ref) throw new Error(t('Tag the image before pushing it.'));
        const ask = pushConfirmation(ref);
        const go = t('Push to Docker Hub');
        if (ask && (await vscode.window.showInformationMessage(ask, go)) !== go) return;
        const auth = await registryCredentials(services, ref, true);
        try {
          if (
            await withLayerProgress(
              pushTitle(ref),
              (signal) => actionsFor(services.engine).pushImage(ref, { signal, auth }),
              services.output,
            )
          ) {
            void vscode.window.showInformationMessage(t('Pushed {0}.', ref));
          }
        } catch (e) {
          if (isEngineError(e) && e.kind === 'permission') {
            const login = t('Log In…');
            if ((await vscode.window.showErrorMessage(e.message, login)) === login)
              await vscode.commands.executeCommand('stevedore.registry.login');
            return;
          }
          const unreachable = unreachableRegistry(errorText(e));
          if (unreachable) throw new Error(unreachable, { cause: e });
          throw e;
        }
      },
    },
    'stevedore.image.tag': {
      run: async (_c, ts) => {
        const img = ts[0] as I;
        const target = await vscode.window.showInputBox({
          title: t('Tag {0}', img.name),
          value: img.tag ?? '',
          prompt: t('New reference, e.g. registry.example.com/team/app:1.2'),
          validateInput: validateReference,
        });
        if (!target) return;
        await actionsFor(services.engine).tagImage(img.id, target);
        vscode.window.setStatusBarMessage(t('Tagged {0} as {1}', img.name, target), 5000);
      },
    },
    'stevedore.image.remove': {
      run: async (ctx, ts) => {
        const imgs = ts as I[];
        const one = imgs.length === 1 ? imgs[0]! : undefined;
        const multiTag = one && one.tag && one.record.repoTags.length > 1;
        const removeTag = t('Remove Tag');
        const removeAll = t('Remove Image and All Its Tags');
        const remove = t('Remove');
        const buttons = multiTag ? [removeTag, removeAll] : [remove];
        const items = multiTag ? one.record.repoTags : imgs.map((i) => `${i.name} (${formatSize(i.record.size)})`);
        const message = multiTag
          ? t(
              '{0} has {1} tags. Remove only {2}, or the image with all its tags?',
              one.id.replace(/^sha256:/, '').slice(0, 12),
              one.record.repoTags.length,
              one.tag!,
            )
          : imgs.length === 1
            ? t('Remove image {0}?', imgs[0]!.name)
            : t('Remove {0} images?', imgs.length);
        const choice = await confirmDestructive(message, items, buttons);
        if (!choice) return;
        if (choice === removeAll && one) {
          const tags = one.record.repoTags;
          const result = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: t('Removing {0} tags', tags.length) },
            (p) =>
              actionsFor(services.engine).removeImageTags(tags, {
                onTag: (tag) => p.report({ message: tag, increment: 100 / tags.length }),
              }),
          );
          for (const f of result.failed) services.output.error(`Remove ${f.tag}: ${f.message}`);
          reportDone(t('Removed'), result.removed, 'tag');
          if (result.failed.length) {
            void vscode.window.showErrorMessage(
              t(
                'Removed {0} of {1} tags; {2} could not be removed: {3}',
                result.removed.length,
                tags.length,
                result.failed.length,
                result.failed.map((f) => f.message).join(' · '),
              ),
            );
          }
          return;
        }
        await forEachTarget(
          ctx,
          imgs,
          t('Removing'),
          (img) =>
            actionsFor(services.engine)
              .removeImage((img as I).tag ?? img.id)
              .then(() => undefined),
          t('Removed'),
        );
      },
    },
    'stevedore.image.inspect': { run: (_c, ts) => openInspect(services, docs, 'image', ts[0]!.id, ts[0]!.name) },
    'stevedore.image.history': {
      run: async (_c, ts) => {
        const img = ts[0] as I;
        const rows = await historyWithLines(services, img.id);
        const src = rows.some((r) => r.source) ? Math.max(...rows.map((r) => (r.source ?? '').length)) : -1;
        const text = rows
          .map(
            (r) =>
              `${(r.id === '<missing>' ? '<missing>' : r.id.replace(/^sha256:/, '').slice(0, 12)).padEnd(12)}  ${formatSize(r.size).padStart(8)}  ${new Date(r.created * 1000).toISOString().slice(0, 19).replace('T', ' ')}  ${src >= 0 ? `${(r.source ?? '').padEnd(src)}  ` : ''}${r.createdBy.replace(/^\/bin\/sh -c #\(nop\)\s*/, '').replace(/^\/bin\/sh -c /, 'RUN ')}`,
          )
          .join('\n');
        await docs.open(
          `image/${img.name.replace(/[/\\]/g, '_')} history.txt`,
          async () =>
            `IMAGE         SIZE      CREATED              ${src >= 0 ? `${'DOCKERFILE'.padEnd(src)}  ` : ''}CREATED BY\n${text}\n`,
          'plaintext',
        );
      },
    },
    'stevedore.image.copyId': { run: async (_c, ts) => vscode.env.clipboard.writeText(ts.map((i) => i.id).join('\n')) },
    'stevedore.image.search': {
      // a term passed by another command or a keybinding is typed in for the user
      run: async (_c, _ts, given?: unknown) => {
        const ref = await pickFromDockerHub(services, typeof given === 'string' ? given : '');
        if (ref) await pull(ref);
      },
    },
  };
}

/** Input with completion from local images: typing "repo:" lists the tags known locally. */
async function askReference(services: Services): Promise<string | undefined> {
  const local = (await services.engine.listImages().catch(() => [])).flatMap((i) => i.repoTags);
  const qp = vscode.window.createQuickPick();
  qp.title = t('Pull image');
  qp.placeholder = t('name[:tag], e.g. nginx:1.27 or ghcr.io/org/app:main');
  const refresh = () => {
    const v = qp.value.trim();
    const matches = local
      .filter((r) => !v || r.startsWith(v) || r.includes(v))
      .slice(0, 50)
      .map((r) => ({ label: r, description: t('known locally') }));
    qp.items =
      v && !local.includes(v) ? [{ label: v, description: validateReference(v) ?? t('pull') }, ...matches] : matches;
  };
  qp.onDidChangeValue(refresh);
  refresh();
  return new Promise((resolve) => {
    qp.onDidAccept(() => {
      const v = qp.selectedItems[0]?.label ?? qp.value.trim();
      const bad = validateReference(v);
      if (bad) {
        qp.title = `${t('Pull image')} — ${bad}`;
        return;
      }
      resolve(v);
      qp.hide();
    });
    qp.onDidHide(() => {
      resolve(undefined);
      qp.dispose();
    });
    qp.show();
  });
}
