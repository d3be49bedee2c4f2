// The build form as a quick pick: one row per setting, picked to change it, "Build" to start. Remembered per
// Dockerfile in the workspace state. Stages and ARGs come from the file itself.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { checkForm, type BuildForm } from '../../core/build/buildForm';
import type { DockerfileShape } from '../../core/build/dockerfileStages';
import { platformsRefusal, type BuilderKind } from '../../core/build/platforms';
import { joinList, splitList } from '../../core/messages/quickInput';
import { validateReference } from '../commands/images';

const t = vscode.l10n.t;
export const FORM_KEY_PREFIX = 'stevedore.build.form.';
export const formKey = (file: string) => `${FORM_KEY_PREFIX}${file}`;

/** Platforms offered besides the engine's own; the others are allowed and labelled as needing emulation. */
const commonPlatforms = [
  'linux/amd64',
  'linux/arm64',
  'linux/arm/v7',
  'linux/arm/v6',
  'linux/386',
  'linux/ppc64le',
  'linux/s390x',
];

type Row = vscode.QuickPickItem & { key: string };

function rows(form: BuildForm, shape: DockerfileShape, enginePlatform: string, builder: BuilderKind): Row[] {
  const on = (b: boolean) => (b ? t('on') : t('off'));
  const ignore = ignoreFile(form);
  return [
    { key: 'build', label: `$(play) ${t('Build')}`, description: form.tags.join(', ') || t('(untagged)') },
    { key: 'sep', label: '', kind: vscode.QuickPickItemKind.Separator },
    { key: 'tags', label: t('Tags'), description: form.tags.join(', ') || t('none') },
    {
      key: 'target',
      label: t('Target stage'),
      description:
        form.target ?? t('last stage ({0})', shape.stages.at(-1)?.name ?? `stage-${shape.stages.length - 1}`),
    },
    {
      key: 'args',
      label: t('Build arguments'),
      description:
        Object.entries(form.buildArgs)
          .map(([k, v]) => `${k}=${v}`)
          .join(' ') || t('defaults'),
    },
    {
      key: 'platforms',
      label: t('Platforms'),
      description: form.platforms.join(', ') || t('engine ({0})', enginePlatform),
      detail: builder === 'buildx' ? undefined : t('one platform per build with this builder (no buildx)'),
    },
    { key: 'noCache', label: t('No cache'), description: on(form.noCache) },
    { key: 'pull', label: t('Pull base images'), description: on(form.pull) },
    {
      key: 'secrets',
      label: t('Secrets'),
      description: form.secrets.map((s) => s.split(',')[0]).join(' ') || t('none'),
    },
    { key: 'context', label: t('Context'), description: vscode.workspace.asRelativePath(form.contextDir) },
    {
      key: 'ignore',
      label: t('Ignore file'),
      description: ignore ? path.basename(ignore) : t('none (everything is sent)'),
    },
  ];
}

/** BuildKit reads <Dockerfile>.dockerignore beside the Dockerfile before the context's .dockerignore. */
function ignoreFile(form: BuildForm): string | undefined {
  const own = `${form.dockerfile}.dockerignore`;
  const ctx = path.join(form.contextDir, '.dockerignore');
  return existsSync(own) ? own : existsSync(ctx) ? ctx : undefined;
}

/** Shows the form until the user builds (returns the form) or leaves (undefined). */
export async function editForm(
  initial: BuildForm,
  shape: DockerfileShape,
  enginePlatform: string,
  builder: BuilderKind,
): Promise<BuildForm | undefined> {
  let form = { ...initial };
  const title = t('Build {0}', vscode.workspace.asRelativePath(form.dockerfile));
  for (;;) {
    const pick = await vscode.window.showQuickPick(rows(form, shape, enginePlatform, builder), {
      title,
      ignoreFocusOut: true,
    });
    if (!pick) return undefined;
    try {
      if (pick.key === 'build') {
        checkForm(form);
        // several platforms with a builder that makes one: said here, the form stays open to pick one
        const refusal = platformsRefusal(form.platforms, builder);
        if (refusal) throw new Error(refusal);
        return form;
      }
      form = (await editRow(pick.key, form, shape, enginePlatform)) ?? form;
    } catch (e) {
      void vscode.window.showErrorMessage(e instanceof Error ? e.message : String(e));
    }
  }
}

// commas, as in every list; spaces too (a tag holds neither)
const splitTags = (s: string) => splitList(s.replace(/\s+/g, ','));

async function editRow(key: string, form: BuildForm, shape: DockerfileShape, enginePlatform: string) {
  switch (key) {
    case 'tags': {
      const v = await vscode.window.showInputBox({
        title: t('Tags (comma separated)'),
        value: joinList(form.tags),
        validateInput: (s) => splitTags(s).map(validateReference).find(Boolean),
      });
      return v === undefined ? undefined : { ...form, tags: splitTags(v) };
    }
    case 'target': {
      const stages = shape.stages.map((s) => ({ label: s.name ?? `stage-${s.index}`, description: `FROM ${s.base}` }));
      const p = await vscode.window.showQuickPick([{ label: t('(last stage)'), description: '' }, ...stages], {
        title: t('Target stage'),
      });
      if (!p) return undefined;
      return { ...form, target: p.description ? p.label : undefined };
    }
    case 'args': {
      const p = await vscode.window.showQuickPick(
        shape.args.map((a) => ({
          label: a.name,
          description:
            form.buildArgs[a.name] !== undefined
              ? `= ${form.buildArgs[a.name]}`
              : t('default: {0}', a.default ?? t('(none)')),
        })),
        { title: t('Build argument to set') },
      );
      if (!p) return undefined;
      const v = await vscode.window.showInputBox({
        title: t('{0} (empty: the Dockerfile default)', p.label),
        value: form.buildArgs[p.label] ?? shape.args.find((a) => a.name === p.label)?.default ?? '',
      });
      if (v === undefined) return undefined;
      const buildArgs = { ...form.buildArgs };
      if (v === '') delete buildArgs[p.label];
      else buildArgs[p.label] = v;
      return { ...form, buildArgs };
    }
    case 'platforms': {
      const all = [enginePlatform, ...commonPlatforms.filter((p) => p !== enginePlatform)];
      const picks = await vscode.window.showQuickPick(
        all.map((p) => ({
          label: p,
          description:
            p === enginePlatform ? t('the engine’s own') : t('the engine cannot run it natively (emulation)'),
          picked: form.platforms.includes(p),
        })),
        { title: t('Platforms (none picked: the engine’s own)'), canPickMany: true },
      );
      return picks ? { ...form, platforms: picks.map((p) => p.label) } : undefined;
    }
    case 'noCache':
      return { ...form, noCache: !form.noCache };
    case 'pull':
      return { ...form, pull: !form.pull };
    case 'secrets': {
      const add = t('$(add) Add a secret…');
      const p = await vscode.window.showQuickPick([add, ...form.secrets], {
        title: t('Secrets (pick one to remove it)'),
      });
      if (!p) return undefined;
      if (p !== add) return { ...form, secrets: form.secrets.filter((s) => s !== p) };
      const v = await vscode.window.showInputBox({
        title: t('Secret'),
        prompt: 'id=NAME,src=PATH  or  id=NAME,env=VARIABLE',
      });
      return v ? { ...form, secrets: [...form.secrets, v.trim()] } : undefined;
    }
    case 'context': {
      const dir = await vscode.window.showOpenDialog({
        canSelectFolders: true,
        canSelectFiles: false,
        defaultUri: vscode.Uri.file(form.contextDir),
        title: t('Build context'),
      });
      return dir?.[0] ? { ...form, contextDir: dir[0].fsPath } : undefined;
    }
    case 'ignore': {
      const file = ignoreFile(form) ?? path.join(form.contextDir, '.dockerignore');
      if (!existsSync(file))
        await vscode.workspace.fs.writeFile(
          vscode.Uri.file(file),
          Buffer.from('# paths the build context leaves out\n'),
        );
      await vscode.window.showTextDocument(vscode.Uri.file(file), { preview: false });
      return undefined;
    }
  }
  return undefined;
}
