/**
 * A pause of one task, for a tap or a frame to get through between two parts of long work.
 * `scheduler.yield()` where the browser has it, else a message to the page's own channel: not
 * `setTimeout(0)`, which the browser stretches to 4 ms once nested five deep (a city's data is
 * prepared in a hundred steps: 0.4 s of waiting for nothing).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
