// Task providers: stevedore-build (a pseudoterminal that runs `docker build` and, on failure, writes
// `<Dockerfile>:<line>:1: error: <message>` for the $stevedore-build problem matcher), stevedore-run and
// stevedore-compose (processes with argv). tasks.json chains them with dependsOn, and a launch config's preLaunchTask.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { composeArgv, detectComposeCli, projectForFile } from '../../core/compose/cli';
import { cliEnv } from '../../core/commands/dockerCli';
import { locateBuildError } from '../../core/tasks/buildError';
import { probeBuildCli } from '../../core/engine/buildCli';
import {
  buildCommand,
  definitionProblem,
  runArgv,
  type BuildTaskDefinition,
  type ComposeTaskDefinition,
  type RunTaskDefinition,
} from '../../core/tasks/definitions';
import type { Services } from '../services';

const t = vscode.l10n.t;
export const TASK_TYPES = ['stevedore-build', 'stevedore-run', 'stevedore-compose'] as const;

function buildTerminal(services: Services, d: BuildTaskDefinition, root: string): vscode.Pseudoterminal {
  const write = new vscode.EventEmitter<string>();
  const close = new vscode.EventEmitter<number>();
  let child: ReturnType<typeof spawn> | undefined;
  const start = async () => {
    const base = cliEnv(services.engine.endpoint);
    const { dockerfile, command, argv, env, classic } = buildCommand(d, root, (await probeBuildCli(base)).cli);
    const out = (s: string) => write.fire(s.replace(/\r?\n/g, '\r\n'));
    if (classic) out(`${classic}\n`);
    out(`$ ${command} ${argv.join(' ')}\n`);
    let text = '';
    child = spawn(command, argv, { env: { ...base, ...env } });
    const take = (b: Buffer) => {
      const s = b.toString('utf8');
      if (text.length < 4_000_000) text += s;
      out(s);
    };
    child.stdout?.on('data', take);
    child.stderr?.on('data', take);
    child.on('error', (e) => {
      out(t('docker could not be started ({0}): install the Docker CLI or put it on PATH.', e.message) + '\n');
      close.fire(127);
    });
    child.on('close', (code) => {
      if (code !== 0) {
        let where: ReturnType<typeof locateBuildError>;
        try {
          where = locateBuildError(readFileSync(dockerfile, 'utf8'), text);
        } catch {
          where = undefined;
        }
        out(`${dockerfile}:${where?.line ?? 1}:1: error: ${where?.message ?? t('the build failed (see above)')}\n`);
      }
      if (code === 0) void vscode.commands.executeCommand('setContext', 'stevedore.builtByTask', true);
      close.fire(code ?? 1);
    });
  };
  return {
    onDidWrite: write.event,
    onDidClose: close.event,
    open: () => void start(),
    close: () => child?.kill(),
  };
}

async function execution(
  services: Services,
  def: vscode.TaskDefinition,
  root: string,
): Promise<vscode.ProcessExecution | vscode.CustomExecution> {
  const env = cliEnv(services.engine.endpoint) as Record<string, string>;
  if (def.type === 'stevedore-build')
    return new vscode.CustomExecution(async () => buildTerminal(services, def as BuildTaskDefinition, root));
  if (def.type === 'stevedore-run')
    return new vscode.ProcessExecution('docker', runArgv(def as RunTaskDefinition), { env });
  const c = def as ComposeTaskDefinition;
  const cli = await detectComposeCli();
  if (!cli) throw new Error(t('Neither `docker compose` nor `docker-compose` was found: install Docker Compose.'));
  const file = path.resolve(root, c.file ?? 'compose.yaml');
  const project = projectForFile(file, { exists: existsSync });
  const argv = composeArgv(cli, project, c.command, {
    ...(c.services ? { services: c.services } : {}),
    ...(c.build ? { build: true } : {}),
  });
  return new vscode.ProcessExecution(cli.command, argv, { env, cwd: project.cwd });
}

async function taskOf(services: Services, def: vscode.TaskDefinition, folder: vscode.WorkspaceFolder, name: string) {
  const problem = definitionProblem(def);
  if (problem) throw new Error(problem);
  const task = new vscode.Task(
    def,
    folder,
    name,
    'stevedore',
    await execution(services, def, folder.uri.fsPath),
    def.type === 'stevedore-build' ? ['$stevedore-build'] : [],
  );
  if (def.type === 'stevedore-build') task.group = vscode.TaskGroup.Build;
  return task;
}

export function registerTasks(services: Services): vscode.Disposable[] {
  const provider: vscode.TaskProvider = {
    provideTasks: async () => {
      const tasks: vscode.Task[] = [];
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        const root = folder.uri.fsPath;
        const tag = `${folder.name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-')}:dev`;
        const offer = async (def: vscode.TaskDefinition, name: string) => {
          try {
            tasks.push(await taskOf(services, def, folder, name));
          } catch (e) {
            services.output.warn(`task ${name} not offered: ${e instanceof Error ? e.message : String(e)}`);
          }
        };
        if (existsSync(path.join(root, 'Dockerfile')))
          await offer({ type: 'stevedore-build', tag }, t('build {0}', tag));
        if (existsSync(path.join(root, 'compose.yaml')))
          for (const command of ['up', 'down'] as const)
            await offer({ type: 'stevedore-compose', command }, `compose ${command}`);
      }
      return tasks;
    },
    resolveTask: async (task) => {
      const folder = typeof task.scope === 'object' ? task.scope : (vscode.workspace.workspaceFolders ?? [])[0];
      if (!folder) return undefined;
      return taskOf(services, task.definition, folder, task.name);
    },
  };
  return TASK_TYPES.map((type) => vscode.tasks.registerTaskProvider(type, provider));
}
