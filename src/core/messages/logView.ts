// What a log view says at its edges: a container that has written nothing, one that stopped, one that was removed.

/** Nothing in the range shown (`rangeLabel`: "in the last hour"; undefined: the whole log). */
export function noOutputNotice(name: string, following: boolean, rangeLabel?: string): string {
  const none = rangeLabel ? `${name} wrote no output ${rangeLabel}` : `${name} has written no output`;
  return following ? `— ${none} yet; new lines appear here —` : `— ${none} —`;
}

/** The followed container ended: stopped (it may start again) or removed (its log went with it). */
export function endNotice(name: string, removed: boolean): { notice: string; status: string } {
  return removed
    ? {
        notice: `— ${name} was removed; its log is gone with it (a new container named ${name} is followed here) —`,
        status: 'removed',
      }
    : { notice: `— ${name} stopped; waiting for it to start again —`, status: 'container stopped, waiting' };
}
