// Where the workspace's sources are in the image, for the debugger's localRoot/remoteRoot: the last stage's
// WORKDIR and the COPY (or ADD) of the build context's root, or of a directory, into it.
import * as path from 'node:path';
import { Add, Copy, DockerfileParser } from 'dockerfile-ast';

export interface PathMapping {
  /** relative to the build context ('' = the context itself) */
  localRoot: string;
  /** absolute path in the container */
  remoteRoot: string;
}

export function pathMapping(dockerfile: string): PathMapping | undefined {
  const instructions = DockerfileParser.parse(dockerfile).getInstructions();
  let workdir = '/';
  let best: PathMapping | undefined;
  for (const ins of instructions) {
    const kw = ins.getKeyword();
    const args = ins.getArguments().map((a) => a.getValue());
    if (kw === 'FROM') {
      workdir = '/';
      best = undefined;
    } else if (kw === 'WORKDIR' && args[0]) {
      workdir = path.posix.resolve(workdir, args[0]);
    } else if ((kw === 'COPY' || kw === 'ADD') && args.length >= 2) {
      const flags = ins instanceof Copy || ins instanceof Add ? ins.getFlags().map((f) => f.getName()) : [];
      if (flags.includes('from')) continue;
      const plain = args.filter((a) => !a.startsWith('--'));
      const target = plain.at(-1);
      const sources = plain.slice(0, -1);
      if (target === undefined || sources.length !== 1) continue;
      const [source = ''] = sources;
      const dest = path.posix.resolve(workdir, target);
      // the whole context wins; else the first directory-looking source (no extension)
      if (source === '.' || source === './') best = { localRoot: '', remoteRoot: dest };
      else if (!best && !/\.[\w]+$/.test(source) && !source.includes('*'))
        best = { localRoot: path.posix.normalize(source).replace(/\/$/, ''), remoteRoot: dest };
    }
  }
  return best ?? (workdir !== '/' ? { localRoot: '', remoteRoot: workdir } : undefined);
}
