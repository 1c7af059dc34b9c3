/**
 * Runs `callback` in a task after the next painted frame: work the user need not wait for, done
 * once the change they made is on screen. A hidden page paints no frames, so at most 50 ms later
 * whatever happens. Returns a function that cancels it.
 */
export function afterNextPaint(
  callback: () => void,
  post: (task: () => void) => void = (task) => setTimeout(task, 0),
): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    post(callback);
  };
  const frame = requestAnimationFrame(run);
  const fallback = setTimeout(run, 50);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
  };
}
