// One small typed event emitter for core: `on` subscribes and returns a Disposable, `fire` calls every listener
// subscribed at that moment. A listener that throws does not stop the others.
import type { Disposable } from './engine/types';

export type Listener<A extends unknown[]> = (...args: A) => void;

export class Emitter<A extends unknown[]> implements Disposable {
  private readonly listeners = new Set<Listener<A>>();

  /** Subscribe; the listener is called until the returned Disposable is disposed. */
  readonly on = (listener: Listener<A>): Disposable => {
    this.listeners.add(listener);
    return { dispose: () => void this.listeners.delete(listener) };
  };

  fire(...args: A): void {
    for (const l of [...this.listeners]) {
      try {
        l(...args);
      } catch {
        /* one listener's failure is not another's */
      }
    }
  }

  /** Drop every listener. */
  dispose(): void {
    this.listeners.clear();
  }
}
