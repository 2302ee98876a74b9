// Where the apt-installed browsers are and how Chromium is started, for everything that drives them
// (the browser tests, the consumer-app test, the benchmark).

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Quiet, offline-friendly Chromium: no sandbox (containers), GPU, QUIC or background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Exact `performance.memory` figures and a callable `gc()`, for heap measurements. */
export const CHROMIUM_HEAP_ARGS = ['--enable-precise-memory-info', '--js-flags=--expose-gc'];
