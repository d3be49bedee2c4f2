// One load per key (dataset) at a time: a load asked for while one runs starts after it, so results land in order.
export class LoadQueue<K> {
  private readonly running = new Map<K, Promise<void>>();

  /** the last load asked for `key`, while it has not settled */
  current(key: K): Promise<void> | undefined {
    return this.running.get(key);
  }

  get busy(): boolean {
    return this.running.size > 0;
  }

  /** Resolves when the loads asked for so far have settled. */
  async settled(): Promise<void> {
    await Promise.all(this.running.values());
  }

  run(key: K, task: () => Promise<void>): Promise<void> {
    const previous = this.running.get(key);
    const run = previous ? previous.then(task) : task();
    const tracked = run.finally(() => {
      if (this.running.get(key) === tracked) this.running.delete(key);
    });
    this.running.set(key, tracked);
    return tracked;
  }
}
