// The inner loop: Docker files for the workspace, tasks, debugging in a container, compose watch.
import type { Services } from '../services';
import { registerScaffold } from './scaffold';

export function registerLoop(services: Services): void {
  registerScaffold(services.context);
}
