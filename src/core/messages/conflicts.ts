// Engine conflicts a beginner meets (a port taken, a name taken, a volume in use), recognised from the engine's
// message and said with the names of what is in the way, so the notification can offer the way out.
export type Conflict =
  | { kind: 'portAllocated'; port: number; hostIp?: string }
  | { kind: 'nameInUse'; name: string; holderId: string }
  | { kind: 'volumeInUse'; volume: string; containerIds: string[] };

export function classifyConflict(message: string): Conflict | undefined {
  const port = /Bind for (\[?[0-9a-fA-F.:]*?\]?):(\d+) failed: port is already allocated/.exec(message);
  if (port) {
    const [, address = '', number] = port;
    const ip = address.replace(/^\[|\]$/g, '');
    return {
      kind: 'portAllocated',
      port: Number(number),
      ...(ip && ip !== '0.0.0.0' && ip !== '::' ? { hostIp: ip } : {}),
    };
  }
  const name = /container name "\/?([^"]+)" is already in use by container "([0-9a-f]+)"/.exec(message);
  if (name) {
    const [, container = '', holderId = ''] = name;
    return { kind: 'nameInUse', name: container, holderId };
  }
  const vol = /remove (\S+): volume is in use - \[([^\]]*)\]/.exec(message);
  if (vol) {
    const [, volume = '', ids = ''] = vol;
    return { kind: 'volumeInUse', volume, containerIds: ids.split(/[\s,]+/).filter(Boolean) };
  }
  return undefined;
}

/** What to tell the user, given the names of the containers in the way (resolved by the caller). */
export function conflictMessage(c: Conflict, holders: string[]): string {
  const list = holders.join(', ');
  switch (c.kind) {
    case 'portAllocated':
      return `host port ${c.port}${c.hostIp ? ` on ${c.hostIp}` : ''} is already allocated${
        holders.length ? ` by container ${list}` : ' by another program or container'
      }`;
    case 'nameInUse':
      return `the name ${c.name} is in use by another container${holders.length ? ` (${list})` : ''}`;
    case 'volumeInUse': {
      const n = holders.length || c.containerIds.length;
      return `volume ${c.volume} is in use by ${n === 1 ? 'container' : 'containers'} ${list || c.containerIds.map((i) => i.slice(0, 12)).join(', ')}`;
    }
  }
}

/** The buttons of the way out, in order. */
export function conflictActions(c: Conflict, holders: string[]): string[] {
  switch (c.kind) {
    case 'portAllocated':
      return [...(holders.length === 1 ? [`Stop ${holders[0]}`] : []), 'Use another port'];
    case 'nameInUse':
      return ['Remove it', 'Choose another name'];
    case 'volumeInUse':
      return [holders.length === 1 ? 'Remove the container first' : 'Remove the containers first'];
  }
}
