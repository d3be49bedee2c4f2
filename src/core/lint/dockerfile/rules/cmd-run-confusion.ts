import { docsUrl } from '../../rule';
import { defineRule, type Node } from '../model';
import { parseCommands, positionals, type Command } from '../shell';

const first = (c: Command) => positionals(c.args)[0];
/** Foreground servers: at build time they never return, so the build hangs. */
function server(c: Command): string | undefined {
  const f = first(c);
  if (
    ['npm', 'yarn', 'pnpm'].includes(c.name) &&
    (f === 'start' || (f === 'run' && ['start', 'dev', 'serve'].includes(positionals(c.args)[1] ?? '')))
  )
    return `${c.name} ${c.args.join(' ')}`.trim();
  if (c.name === 'flask' && f === 'run') return 'flask run';
  if (['uvicorn', 'gunicorn', 'http-server', 'serve'].includes(c.name)) return c.name;
  if (/^python[\d.]*$/.test(c.name) && c.args.includes('manage.py') && c.args.includes('runserver'))
    return 'manage.py runserver';
  if (c.name === 'rails' && (f === 'server' || f === 's')) return 'rails server';
  if (c.name === 'php' && c.args.includes('-S')) return 'php -S';
  if (c.name === 'nginx' && c.args.some((a) => a.includes('daemon off'))) return 'nginx';
  if ((c.name === 'httpd' || c.name === 'apachectl') && c.args.some((a) => /FOREGROUND/.test(a))) return c.name;
  return undefined;
}
/** Build steps: in CMD they run again on every container start. */
function buildStep(c: Command): string | undefined {
  const f = first(c);
  if ((c.name === 'apt-get' || c.name === 'yum' || c.name === 'dnf') && f === 'install') return `${c.name} install`;
  if (c.name === 'apk' && f === 'add') return 'apk add';
  if (/^pip[\d.]*$/.test(c.name) && f === 'install') return 'pip install';
  if (c.name === 'npm' && (f === 'install' || f === 'ci' || f === 'i')) return `npm ${f}`;
  if ((c.name === 'bundle' || c.name === 'composer') && f === 'install') return `${c.name} install`;
  return undefined;
}

export default defineRule({
  id: 'cmd-run-confusion',
  aliases: [],
  severity: 'warning',
  docs: {
    description:
      'RUN executes at build time and CMD when the container starts: a server in RUN hangs the build; an install in CMD repeats on every start.',
    details:
      'RUN executes while the image is built; CMD when a container starts. A server or watcher started by RUN never returns and hangs the build, while a package install in CMD runs again at every container start (and needs network then).\n\nBad:\n```dockerfile\nRUN npm start\nCMD apt-get install -y curl\n```\nGood:\n```dockerfile\nRUN apt-get install -y curl\nCMD ["npm", "start"]\n```',
    url: docsUrl('cmd-run-confusion'),
  },
  messages: {
    serverInRun: (what: string) =>
      `RUN executes at build time: \`${what}\` starts a server that never returns and blocks the build. Start it with CMD`,
    buildInCmd: (kw: string, what: string) =>
      `${kw} runs on every container start: \`${what}\` belongs in a RUN instruction at build time`,
  },
  create(ctx) {
    const { messages } = this;
    const startup = (node: Node) => {
      const exec = node.json;
      const cmds = exec
        ? parseCommands(exec.map((s) => `'${s.replace(/'/g, `'\\''`)}'`).join(' '))
        : parseCommands(node.script);
      for (const c of cmds) {
        const what = buildStep(c);
        if (what) {
          ctx.report({ range: node.inst.getRange(), message: messages.buildInCmd(node.keyword, what) });
          return;
        }
      }
    };
    return {
      RUN(node) {
        for (const c of ctx.commands(node)) {
          const what = server(c);
          if (what && !c.args.includes('&')) {
            ctx.report({ range: ctx.commandRange(node, c), message: messages.serverInRun(what) });
            return;
          }
        }
      },
      CMD: startup,
      ENTRYPOINT: startup,
    };
  },
});
