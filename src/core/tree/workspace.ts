// "Only this workspace's compose projects": compose stamps every container, volume and network it makes
// with the project's working dir and config files; those are matched against the workspace folders.

export const composeLabels = {
  project: 'com.docker.compose.project',
  service: 'com.docker.compose.service',
  workingDir: 'com.docker.compose.project.working_dir',
  configFiles: 'com.docker.compose.project.config_files',
  oneoff: 'com.docker.compose.oneoff',
  containerNumber: 'com.docker.compose.container-number',
} as const;

/** Forward slashes, no trailing slash; Windows paths (drive letter) compared case-insensitively. */
function normalise(p: string): string {
  let s = p.trim().replace(/\\/g, '/').replace(/\/+$/, '');
  if (/^[a-zA-Z]:/.test(s)) s = s.toLowerCase();
  return s === '' ? '/' : s;
}

function inside(path: string, folder: string): boolean {
  const p = normalise(path);
  const f = normalise(folder);
  return p === f || p.startsWith(f === '/' ? '/' : `${f}/`);
}

/** Does a resource with these labels belong to a compose project that lives in one of `folders`? */
export function belongsToWorkspace(labels: Record<string, string>, folders: readonly string[]): boolean {
  if (!labels[composeLabels.project]) return false;
  const workingDir = labels[composeLabels.workingDir];
  const configFiles = (labels[composeLabels.configFiles] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return folders.some(
    (folder) =>
      (workingDir !== undefined && workingDir !== '' && inside(workingDir, folder)) ||
      configFiles.some((f) => inside(f, folder)),
  );
}

/** Names of the compose projects found among the labels that belong to the workspace. */
export function workspaceProjects(
  labelSets: Iterable<Record<string, string>>,
  folders: readonly string[],
): Set<string> {
  const out = new Set<string>();
  for (const labels of labelSets) {
    const project = labels[composeLabels.project];
    if (project && !out.has(project) && belongsToWorkspace(labels, folders)) out.add(project);
  }
  return out;
}
