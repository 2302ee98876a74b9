// Fails when custom-elements.json no longer matches the element sources (run `npm run analyze`).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const outdir = '.cache/cem-check';
rmSync(outdir, { recursive: true, force: true });
execFileSync(
  'npx',
  ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', outdir],
  {
    stdio: 'pipe',
  },
);
const fresh = readFileSync(`${outdir}/custom-elements.json`, 'utf8');
const committed = readFileSync('custom-elements.json', 'utf8');
rmSync(outdir, { recursive: true, force: true });
if (fresh !== committed) {
  console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
  process.exit(1);
}
console.log('custom-elements.json matches the sources.');
