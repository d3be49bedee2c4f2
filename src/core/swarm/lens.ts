// What a stack's code lens says above each service of the compose file it was deployed from.
import type { SwarmSnapshot } from './model';
import { taskProblem } from './records';

export interface StackLens {
  text: string;
  /** the service's id, when the stack has it */
  serviceId?: string;
  tooltip: string;
  problem: boolean;
}

/** The stack's service `<stack>_<service>`: replicas running/desired and, when short, the scheduler's reason. */
export function stackLens(s: SwarmSnapshot, stack: string, service: string): StackLens {
  const svc = s.services.find((x) => x.name === `${stack}_${service}`);
  if (!svc)
    return {
      text: `stack ${stack}: not deployed`,
      tooltip: `Stack ${stack} has no service ${service}; deploy the stack again`,
      problem: true,
    };
  const why = s.tasks
    .filter((t) => t.serviceId === svc.id)
    .map(taskProblem)
    .find(Boolean);
  const counts = svc.mode.endsWith('job') ? `${svc.running} running` : `${svc.running}/${svc.desired}`;
  const update = svc.updateState && svc.updateState !== 'completed' ? ` · ${svc.updateState.replace('_', ' ')}` : '';
  return {
    text: `stack ${stack}: ${counts}${svc.mode === 'global' ? ' (global)' : ''}${update}`,
    serviceId: svc.id,
    tooltip: why ? `Not running: ${why}` : `${svc.name}: ${counts} tasks running · ${svc.image}`,
    problem: !!why || svc.running < svc.desired,
  };
}

/** A stack name from a folder or project name (what `docker stack deploy` accepts). */
export function defaultStackName(base: string): string {
  const name = base
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '');
  return name || 'stack';
}
