import { readFile, writeFile } from 'node:fs/promises';
import type { CliIo } from './validate.js';

/** Give up on a URL after this long, so a hung server can't hang a CI job. */
const FETCH_TIMEOUT_MS = 30_000;

/** The real world: process streams, the file system and global `fetch`. */
export const nodeIo: CliIo = {
  stdout: (line) => void process.stdout.write(`${line}\n`),
  stderr: (line) => void process.stderr.write(`${line}\n`),
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  async fetchText(url) {
    const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    return {
      ok: response.ok,
      status: response.status,
      statusText: response.statusText,
      text: await response.text(),
    };
  },
};
