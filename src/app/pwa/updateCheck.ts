/** Lets the settings page trigger an update check of the registered service worker. */
let checker: (() => Promise<unknown>) | undefined;

export function setUpdateChecker(fn: (() => Promise<unknown>) | undefined): void {
  checker = fn;
}

/** Returns false when no service worker is registered (dev mode, unsupported browser). */
export async function checkForUpdate(): Promise<boolean> {
  if (!checker) return false;
  await checker();
  return true;
}
