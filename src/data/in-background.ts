/**
 * `work` run at the browser's background priority, where it has one (`scheduler.postTask`): its
 * pauses (next-task.ts's nextTask, whose continuations keep the priority of the task they are in) then let
 * whatever else the page has to do go first, drawing a view shown while the rest is read.
 * Elsewhere, run as it is. A module of its own: only a kept import's reading (kept-load.ts)
 * uses it, not the page's first script, which holds nextTask.
 */
export function inBackground<T>(work: () => Promise<T>): Promise<T> {
  const scheduler = (
    globalThis as {
      scheduler?: {
        postTask?: (task: () => Promise<T>, options: { priority: 'background' }) => Promise<T>;
      };
    }
  ).scheduler;
  return typeof scheduler?.postTask === 'function'
    ? scheduler.postTask(work, { priority: 'background' })
    : work();
}
