import { docsUrl } from '../../rule';
import { defineRule, type Node } from '../model';
import type { Command } from '../shell';

interface Ecosystem {
  tool: string;
  manifest: string;
  installs: (c: Command) => boolean;
  manifests: RegExp;
}
const sub = (c: Command, names: string[], subs: string[]) =>
  names.includes(c.name) && subs.includes(c.args.find((a) => !a.startsWith('-')) ?? '');
const ECOSYSTEMS: Ecosystem[] = [
  {
    tool: 'npm',
    manifest: 'package.json and package-lock.json',
    installs: (c) => sub(c, ['npm'], ['ci', 'install', 'i']) && c.args.filter((a) => !a.startsWith('-')).length === 1,
    manifests: /package(-lock)?\.json|npm-shrinkwrap/,
  },
  {
    tool: 'yarn',
    manifest: 'package.json and yarn.lock',
    installs: (c) =>
      c.name === 'yarn' && (c.args.length === 0 || c.args[0] === 'install' || c.args.every((a) => a.startsWith('-'))),
    manifests: /package\.json|yarn\.lock/,
  },
  {
    tool: 'pnpm',
    manifest: 'package.json and pnpm-lock.yaml',
    installs: (c) => sub(c, ['pnpm'], ['install', 'i', 'fetch']),
    manifests: /package\.json|pnpm-lock/,
  },
  {
    tool: 'pip',
    manifest: 'requirements.txt',
    installs: (c) =>
      /^pip[\d.]*$/.test(c.name) &&
      c.args.includes('install') &&
      c.args.some((a) => a === '-r' || a.startsWith('--requirement') || a === '.'),
    manifests: /requirements.*\.txt|pyproject\.toml|setup\.(py|cfg)/,
  },
  {
    tool: 'poetry',
    manifest: 'pyproject.toml and poetry.lock',
    installs: (c) => sub(c, ['poetry'], ['install']),
    manifests: /pyproject\.toml|poetry\.lock/,
  },
  {
    tool: 'go',
    manifest: 'go.mod and go.sum',
    installs: (c) => c.name === 'go' && c.args[0] === 'mod' && c.args[1] === 'download',
    manifests: /go\.(mod|sum)/,
  },
  {
    tool: 'bundle',
    manifest: 'Gemfile and Gemfile.lock',
    installs: (c) => sub(c, ['bundle', 'bundler'], ['install']),
    manifests: /Gemfile/,
  },
  {
    tool: 'composer',
    manifest: 'composer.json and composer.lock',
    installs: (c) => sub(c, ['composer'], ['install']),
    manifests: /composer\.(json|lock)/,
  },
  {
    tool: 'cargo',
    manifest: 'Cargo.toml and Cargo.lock',
    installs: (c) => sub(c, ['cargo'], ['fetch', 'build', 'install']) && !c.args.includes('--path'),
    manifests: /Cargo\.(toml|lock)/,
  },
];

const WHOLE_CONTEXT = /^(\.|\.\/|\.\/\.)$/;

export default defineRule({
  id: 'copy-all-before-install',
  aliases: [],
  severity: 'warning',
  docs: {
    description: 'Copying the whole context before installing dependencies re-runs the install on every source change.',
    details:
      'Docker reuses a layer only if everything before it is unchanged. Copy the dependency manifests first, install, then copy the rest.\n\nBad:\n```dockerfile\nCOPY . .\nRUN npm ci\n```\nGood:\n```dockerfile\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\n```',
    url: docsUrl('copy-all-before-install'),
  },
  messages: {
    order: (tool: string, manifest: string) =>
      `COPY of the whole build context before \`${tool}\` install defeats the layer cache: copy ${manifest} first, install, then copy the rest`,
  },
  create(ctx) {
    const { messages } = this;
    let stage = -1;
    let wholeCopy: Node | undefined;
    let manifestsCopied = '';
    const reset = (s: number) => {
      if (s !== stage) {
        stage = s;
        wholeCopy = undefined;
        manifestsCopied = '';
      }
    };
    const copy = (node: Node) => {
      if (node.onbuild) return;
      reset(node.stage?.index ?? -1);
      const args = node.args.map((a) => a.getValue());
      if (node.fromFlag) return;
      const sources = args.slice(0, -1);
      if (!wholeCopy && sources.some((s) => WHOLE_CONTEXT.test(s))) wholeCopy = node;
      else if (!wholeCopy) manifestsCopied += ` ${sources.join(' ')}`;
    };
    return {
      COPY: copy,
      ADD: copy,
      RUN(node) {
        if (node.onbuild) return;
        reset(node.stage?.index ?? -1);
        if (!wholeCopy) return;
        for (const c of ctx.commands(node)) {
          const eco = ECOSYSTEMS.find((e) => e.installs(c));
          if (!eco || eco.manifests.test(manifestsCopied)) continue;
          ctx.report({ range: wholeCopy.inst.getRange(), message: messages.order(eco.tool, eco.manifest) });
          wholeCopy = undefined;
          return;
        }
      },
    };
  },
});
