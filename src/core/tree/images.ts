import type { ContainerSummary, ImageSummary } from '../engine/types';
import { imageContextValue } from './contextValues';
import { humanAge, humanSize, naturalCompare, shortId } from './format';
import { deferred, type ImageNode, type ImageRepoNode, type TreeNode } from './nodes';
import type { ImageSettings, ViewState } from './settings';
import { imageTooltip } from './tooltips';
import { belongsToWorkspace, workspaceProjects } from './workspace';
import { listAt } from '../listMap';

export interface ImageTreeOptions {
  settings: ImageSettings;
  state: Pick<ViewState, 'onlyWorkspace' | 'showDangling'>;
  workspaceFolders: readonly string[];
  /** all containers, to count users of each image and to know the workspace's compose projects */
  containers: readonly ContainerSummary[];
  nowMs?: number;
}

/** "registry:5000/team/app:1.2" → ["registry:5000/team/app", "1.2"] (the tag is after the last colon past the last slash). */
export function splitTag(repoTag: string): [repository: string, tag: string] {
  const slash = repoTag.lastIndexOf('/');
  const colon = repoTag.lastIndexOf(':');
  return colon > slash ? [repoTag.slice(0, colon), repoTag.slice(colon + 1)] : [repoTag, 'latest'];
}

export function imageUsage(containers: readonly ContainerSummary[]): Map<string, number> {
  const used = new Map<string, number>();
  for (const c of containers) used.set(c.imageId, (used.get(c.imageId) ?? 0) + 1);
  return used;
}

/** One entry per thing the user sees: each tag is an item; untagged images get a digest or id entry. */
interface Entry {
  img: ImageSummary;
  repository: string;
  tag?: string;
  digest?: string;
}

function entries(images: readonly ImageSummary[]): Entry[] {
  const out: Entry[] = [];
  for (const img of images) {
    if (img.repoTags.length > 0) {
      for (const rt of img.repoTags) {
        const [repository, tag] = splitTag(rt);
        out.push({ img, repository, tag });
      }
    } else if (!img.dangling && img.repoDigests.length > 0) {
      const [repository, digest] = (img.repoDigests[0] ?? '').split('@') as [string, string | undefined];
      out.push({ img, repository, digest });
    } else {
      out.push({ img, repository: '<none>' });
    }
  }
  return out;
}

function label(e: Entry, settings: ImageSettings, grouped: boolean): string {
  const untagged = e.tag === undefined;
  const tagText = e.tag ?? (e.digest ? `@${e.digest.replace(/^sha256:/, '').slice(0, 12)}` : shortId(e.img.id));
  switch (settings.label) {
    case 'id':
      return shortId(e.img.id);
    case 'fullTag':
      return untagged ? (e.digest ? `${e.repository}${tagText}` : `<none> ${tagText}`) : `${e.repository}:${e.tag}`;
    case 'tag':
      return grouped
        ? tagText
        : untagged
          ? e.digest
            ? `${e.repository}${tagText}`
            : `<none> ${tagText}`
          : `${e.repository}:${e.tag}`;
  }
}

function description(e: Entry, usedBy: number, settings: ImageSettings, nowMs?: number): string {
  const parts: string[] = [];
  for (const field of settings.description) {
    switch (field) {
      case 'size':
        parts.push(humanSize(e.img.size));
        break;
      case 'created':
        parts.push(humanAge(e.img.created, nowMs));
        break;
      case 'inUse':
        if (usedBy > 0) parts.push(`in use by ${usedBy}`);
        break;
      case 'id':
        parts.push(shortId(e.img.id));
        break;
    }
  }
  if (e.img.dangling) parts.unshift('dangling');
  return parts.join(' · ');
}

function compare(sortBy: ImageSettings['sortBy']): (a: Entry, b: Entry) => number {
  const byName = (a: Entry, b: Entry) =>
    naturalCompare(a.repository, b.repository) ||
    naturalCompare(a.tag ?? '\uffff', b.tag ?? '\uffff') ||
    naturalCompare(a.img.id, b.img.id);
  switch (sortBy) {
    case 'created':
      return (a, b) => b.img.created - a.img.created || byName(a, b);
    case 'size':
      return (a, b) => b.img.size - a.img.size || byName(a, b);
    case 'name':
      return byName;
  }
}

function imageNode(e: Entry, usedBy: number, opts: ImageTreeOptions, grouped: boolean, parentId?: string): ImageNode {
  const key = e.tag !== undefined ? `${e.repository}:${e.tag}` : e.img.id;
  return deferred<ImageNode>(
    {
      kind: 'image',
      record: e.img,
      tag: e.tag !== undefined ? `${e.repository}:${e.tag}` : undefined,
      usedBy,
      id: `${parentId ? `${parentId}/` : ''}image:${key}`,
      parentId,
      label: label(e, opts.settings, grouped),
      description: description(e, usedBy, opts.settings, opts.nowMs),
      icon: e.img.dangling
        ? { id: 'package', color: 'disabledForeground' }
        : usedBy > 0
          ? { id: 'package', color: 'charts.green' }
          : { id: 'package' },
      contextValue: imageContextValue(e.img),
      collapsible: 'none',
    },
    { tooltip: () => imageTooltip(e.img, usedBy, undefined, { nowMs: opts.nowMs }) },
  );
}

function inWorkspace(e: Entry, usedByWorkspace: Set<string>, projects: Set<string>): boolean {
  if (usedByWorkspace.has(e.img.id)) return true;
  const base = e.repository.split('/').pop() ?? '';
  for (const p of projects) if (base.startsWith(`${p}-`) || base.startsWith(`${p}_`)) return true;
  return false;
}

/** Images grouped by repository, one item per tag; dangling ones in a `<none>` group when shown. */
export function buildImageTree(images: readonly ImageSummary[], opts: ImageTreeOptions): TreeNode[] {
  const usage = imageUsage(opts.containers);
  let list = entries(images).filter((e) => opts.state.showDangling || !e.img.dangling);
  if (opts.state.onlyWorkspace) {
    const mine = opts.containers.filter((c) => belongsToWorkspace(c.labels, opts.workspaceFolders));
    const usedByWorkspace = new Set(mine.map((c) => c.imageId));
    const projects = workspaceProjects(
      mine.map((c) => c.labels),
      opts.workspaceFolders,
    );
    list = list.filter((e) => inWorkspace(e, usedByWorkspace, projects));
  }
  list.sort(compare(opts.settings.sortBy));
  if (opts.settings.groupBy === 'none') return list.map((e) => imageNode(e, usage.get(e.img.id) ?? 0, opts, false));
  const repos = new Map<string, Entry[]>();
  for (const e of list) listAt(repos, e.repository).push(e);
  return [...repos.entries()]
    .sort(([a], [b]) => (a === '<none>' ? 1 : b === '<none>' ? -1 : naturalCompare(a, b)))
    .map(([repository, members]): ImageRepoNode => {
      const id = `imageRepo:${repository}`;
      const distinct = [...new Set(members.map((m) => m.img))];
      const totalUsers = distinct.reduce((n, img) => n + (usage.get(img.id) ?? 0), 0);
      return deferred<ImageRepoNode>(
        {
          kind: 'imageRepo',
          record: { repository, images: distinct },
          id,
          label: repository,
          description: `${members.length} ${repository === '<none>' ? 'dangling' : members.length === 1 ? 'tag' : 'tags'}${totalUsers ? ` · in use by ${totalUsers}` : ''}`,
          icon: { id: 'repo' },
          contextValue: 'imageRepo',
          collapsible: 'collapsed',
        },
        {
          tooltip: `**Repository** \`${repository}\`  \n${distinct.length} image${distinct.length === 1 ? '' : 's'}, ${humanSize(distinct.reduce((s, i) => s + i.size, 0))}`,
          children: () => members.map((e) => imageNode(e, usage.get(e.img.id) ?? 0, opts, true, id)),
        },
      );
    });
}
