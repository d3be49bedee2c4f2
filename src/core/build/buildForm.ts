// What a build is asked to do (the build form, remembered per Dockerfile) and the docker CLI argv it becomes.

export interface BuildForm {
  /** absolute path of the build context */
  contextDir: string;
  /** absolute path of the Dockerfile */
  dockerfile: string;
  tags: string[];
  target?: string;
  buildArgs: Record<string, string>;
  /** e.g. ["linux/amd64"]; empty: the engine's own */
  platforms: string[];
  noCache: boolean;
  pull: boolean;
  /** `id=…,src=…` (or `id=…,env=…`) as `docker build --secret` takes them */
  secrets: string[];
  labels: Record<string, string>;
  /** network for RUN steps (`--network`) */
  network?: string;
}

export const emptyForm = (contextDir: string, dockerfile: string): BuildForm => ({
  contextDir,
  dockerfile,
  tags: [],
  buildArgs: {},
  platforms: [],
  noCache: false,
  pull: false,
  secrets: [],
  labels: {},
});

/** Throws with the way out when a value would be read by the CLI as a flag or is malformed. */
export function checkForm(form: BuildForm): void {
  const values = [
    ...form.tags,
    form.target ?? '',
    ...form.platforms,
    ...form.secrets,
    form.network ?? '',
    ...Object.keys(form.buildArgs),
    ...Object.keys(form.labels),
  ];
  const flagLike = values.find((v) => v.startsWith('-'));
  if (flagLike !== undefined) throw new Error(`Build setting "${flagLike}" must not start with "-".`);
  for (const s of form.secrets)
    if (!/^(?:type=file,|type=env,)?id=[^,]+(?:,(?:src|source|env)=.+)?$/.test(s))
      throw new Error(`Secret "${s}" must look like id=NAME,src=PATH (or id=NAME,env=VARIABLE).`);
  for (const p of form.platforms)
    if (!/^[a-z0-9_]+\/[a-z0-9_]+(?:\/[a-z0-9_.]+)?$/i.test(p))
      throw new Error(`Platform "${p}" must look like os/arch[/variant], e.g. linux/arm64.`);
}

/**
 * The argv after `docker build` (or `docker buildx build`): plain progress on stderr, the image id written to
 * `iidFile`, the context last. `load` adds `--load` (buildx only: a docker-container builder keeps images otherwise).
 */
export function buildArgv(form: BuildForm, iidFile: string, opts: { load?: boolean } = {}): string[] {
  checkForm(form);
  const argv = ['--progress=plain', '--iidfile', iidFile, '--file', form.dockerfile];
  for (const t of form.tags) argv.push('--tag', t);
  if (form.target) argv.push('--target', form.target);
  for (const [k, v] of Object.entries(form.buildArgs)) argv.push('--build-arg', `${k}=${v}`);
  for (const [k, v] of Object.entries(form.labels)) argv.push('--label', `${k}=${v}`);
  if (form.platforms.length) argv.push('--platform', form.platforms.join(','));
  if (form.noCache) argv.push('--no-cache');
  if (form.pull) argv.push('--pull');
  for (const s of form.secrets) argv.push('--secret', s);
  if (form.network) argv.push('--network', form.network);
  if (opts.load) argv.push('--load');
  argv.push('--', form.contextDir);
  return argv;
}

/** What the lint takes from a remembered form (read from storage: anything malformed gives undefined). */
export function formLintInputs(
  saved: unknown,
): { dockerfile: string; contextDir: string; buildArgs: Record<string, string> } | undefined {
  if (typeof saved !== 'object' || saved === null) return undefined;
  const { dockerfile, contextDir, buildArgs } = saved as Partial<Record<keyof BuildForm, unknown>>;
  if (typeof dockerfile !== 'string' || typeof contextDir !== 'string') return undefined;
  const args: Record<string, string> = {};
  if (typeof buildArgs === 'object' && buildArgs !== null)
    for (const [k, v] of Object.entries(buildArgs)) if (typeof v === 'string') args[k] = v;
  return { dockerfile, contextDir, buildArgs: args };
}
