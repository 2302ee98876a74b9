// A fixture for loading-state stories.
/** Storybook has no slow server: answer this one URL never, so the loading state stays on screen. */
export const PENDING_URL = 'storybook-pending/reports.json';
export function installPendingFetch(): void {
  const w = window as Window & { __incPendingFetch?: boolean };
  if (w.__incPendingFetch) return;
  w.__incPendingFetch = true;
  const original = window.fetch.bind(window);
  window.fetch = (input, init) =>
    String(input instanceof Request ? input.url : input).includes(PENDING_URL)
      ? new Promise<Response>(() => {})
      : original(input, init);
}
