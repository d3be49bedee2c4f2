// `stevedore lint`'s inputs: the files named, the Dockerfiles and compose files found in directories, and stdin.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readBounded } from '../core/files/boundedRead';
import { familyFor, isComposeFile, isDockerfile, type FamilyId } from '../core/lint';
// dot-folders are searched (`.devcontainer/Dockerfile`), VCS metadata and dependency trees are not
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', 'vendor', '.venv', 'target']);

export class UsageError extends Error {}

function findFiles(dir: string, out: string[]): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) findFiles(join(dir, e.name), out);
    } else if (e.isFile() && !e.name.endsWith('.dockerignore') && (isDockerfile(e.name) || isComposeFile(e.name)))
      out.push(join(dir, e.name));
  }
}

export interface Input {
  file: string;
  uri: string;
  text: string;
  family: FamilyId;
  /** why the file was not read (a special file, over the size cap): reported as a finding, the others still run */
  unread?: string;
}

/** Files `stevedore lint` reads whole; a bigger one is reported, not read. */
const CLI_MAX_FILE_BYTES = 32 * 1024 * 1024;

/**
 * A file named on the command line (or stdin's --stdin-filename) that is YAML but not named like a compose file
 * (`stack.yml`, `deploy/prod.yaml`) is a compose file all the same; directories are searched by name only.
 */
function familyOfNamed(path: string): FamilyId {
  return /\.ya?ml$/i.test(path) && !isDockerfile(path) ? 'compose' : familyFor(path);
}

export function readInputs(paths: string[], stdinName: string | undefined): Input[] {
  const inputs: Input[] = [];
  for (const p of paths) {
    if (p === '-') {
      const name = stdinName ?? 'Dockerfile';
      inputs.push({
        file: '-',
        uri: pathToFileURL(resolve(name)).toString(),
        text: readFileSync(0, 'utf8'),
        family: familyOfNamed(name),
      });
      continue;
    }
    const abs = resolve(p);
    const st = statSync(abs);
    const files: string[] = [];
    if (st.isDirectory()) {
      findFiles(abs, files);
      files.sort();
    } else files.push(abs);
    for (const f of files) {
      const read = readBounded(f, { maxBytes: CLI_MAX_FILE_BYTES });
      // a file that vanished or cannot be opened is an I/O error (exit 2); a special or huge one is a finding
      if (!read.ok && (read.missing || /could not be/.test(read.reason))) throw new Error(`${p}: ${read.reason}`);
      inputs.push({
        file: st.isDirectory() ? f : p,
        uri: pathToFileURL(f).toString(),
        text: read.ok ? read.text : '',
        family: st.isDirectory() ? familyFor(f) : familyOfNamed(f),
        ...(read.ok ? {} : { unread: read.reason }),
      });
    }
  }
  return inputs;
}
