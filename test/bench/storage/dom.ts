// DOM helpers for timing React screens from the outside: wait for a condition in the DOM
// (checked after every mutation batch, i.e. right after React commits), wait for a frame,
// and type into a controlled input the way a browser does.

/**
 * Resolves with performance.now() at the first moment `ready()` holds, checked now and after
 * every DOM mutation under `root`. Rejects after `timeoutMs` (a hung screen fails the run).
 */
export function whenDom(root: Node, ready: () => boolean, timeoutMs = 60_000): Promise<number> {
  return new Promise((resolve, reject) => {
    if (ready()) {
      resolve(performance.now());
      return;
    }
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`DOM condition not reached within ${String(timeoutMs)} ms`));
    }, timeoutMs);
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      const at = performance.now();
      observer.disconnect();
      clearTimeout(timer);
      resolve(at);
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  });
}

/** Forces style and layout now (what the browser must do before it can show the rows). */
export function forceLayout(element: HTMLElement): void {
  if (element.getBoundingClientRect().height <= 0) throw new Error('Nothing was laid out.');
}

/**
 * Resolves after the next frame was produced: requestAnimationFrame runs before the paint,
 * a task queued from it runs after. performance.now() then is "the user can see it".
 */
export function nextFrame(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        resolve(performance.now());
      };
      channel.port2.postMessage(null);
    });
  });
}

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sets the value of a React-controlled input like typing (or pasting) does: through the
 * native setter, so React's value tracker sees a change, then an `input` event.
 */
export function typeInto(input: HTMLInputElement, value: string): void {
  const descriptor = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
  if (!descriptor?.set) throw new Error('No value setter on HTMLInputElement');
  descriptor.set.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
