// Case 4 in Chromium without the DevTools network agent. Playwright enables CDP's Network domain on
// every page, and with it Chromium's inspector keeps (and decodes) a copy of every fetched body: for
// the 10,000-report answer (6.3 MB) that is one main-thread task of 190-300 ms, in the element page
// and the baseline alike, that no visitor's browser runs. This load drives a separate headless
// Chromium over raw CDP with only the Runtime and Page commands it needs (no domain enabled), and
// returns the same probe result (`window.benchLoad`) as the Playwright load.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/browsers.mjs';

/** Loads `url` in a fresh headless Chromium (1280×800) and returns the page's `window.benchLoad`. */
export async function rawCdpLoad(url, timeoutMs = 120_000) {
  const profile = mkdtempSync(join(tmpdir(), 'bench-raw-'));
  const chromium = spawn(
    CHROMIUM_PATH,
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--window-size=1280,800',
      'about:blank',
    ],
    // Its own process group, so its helper processes end with it.
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  let socket;
  try {
    // Chromium prints its DevTools endpoint on stderr.
    const endpoint = await new Promise((resolve, reject) => {
      let text = '';
      chromium.stderr.on('data', (chunk) => {
        text += chunk;
        const match = /DevTools listening on (ws:\/\/[^\s]+)/.exec(text);
        if (match) resolve(match[1]);
      });
      chromium.once('exit', () => reject(new Error(`Chromium exited: ${text.slice(-300)}`)));
    });
    const { port } = new URL(endpoint);
    const targets = await (await fetch(`http://127.0.0.1:${port}/json`)).json();
    const page = targets.find((t) => t.type === 'page');
    socket = new WebSocket(page.webSocketDebuggerUrl);
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    let id = 0;
    const waiting = new Map();
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      waiting.get(message.id)?.(message);
      waiting.delete(message.id);
    });
    const send = (method, params = {}) =>
      new Promise((resolve) => {
        waiting.set(++id, resolve);
        socket.send(JSON.stringify({ id, method, params }));
      });
    await send('Page.navigate', { url });
    // Evaluated once the new document has its probe (it defines `benchLoad` as it loads).
    const started = Date.now();
    for (;;) {
      const ready = await send('Runtime.evaluate', {
        expression: `location.href === ${JSON.stringify(url)} && typeof window.benchLoad === 'object'`,
        returnByValue: true,
      });
      if (ready.result?.result?.value === true) break;
      if (Date.now() - started > timeoutMs) throw new Error(`raw CDP load: no probe at ${url}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const answer = await send('Runtime.evaluate', {
      expression: 'window.benchLoad.then((load) => JSON.stringify(load))',
      awaitPromise: true,
      returnByValue: true,
    });
    const value = answer.result?.result?.value;
    if (typeof value !== 'string') throw new Error(`raw CDP load: ${JSON.stringify(answer).slice(0, 300)}`);
    return JSON.parse(value);
  } finally {
    socket?.close();
    const exited = new Promise((resolve) =>
      chromium.exitCode !== null ? resolve() : chromium.once('exit', resolve),
    );
    try {
      process.kill(-chromium.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
    await exited;
    // A helper may still be writing its profile for a moment; a leftover temp folder is harmless.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch {
      // Left in the temp folder.
    }
  }
}
