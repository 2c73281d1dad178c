// trunk post_build step (run by scripts/post-build.mjs, after the CSP): writes the build into
// the service worker (static/sw.js, copied to the root of the site).
//
// The service worker precaches exactly the files of this build: every file trunk staged, in
// every folder, but itself. Their list and a version (a hash of every file's path and bytes)
// replace the `const BUILD = …; // pipesim:build` line of the staged sw.js, so each build that
// changes any file is a new service worker byte for byte, which the browser installs as an
// update. Paths are relative to sw.js, so the site works at any --public-url.
//
// Under `trunk serve` (PIPESIM_SERVE=1, scripts/serve.sh) the page must not be answered from a
// cache while it is rebuilt and reloaded: index.html gets a
// <meta name="pipesim-service-worker" content="off">, and the page then registers nothing and
// removes a registration left at that address (src/web/service_worker.rs).

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('[sw] TRUNK_STAGING_DIR is not set: run this as a trunk post_build hook');
  process.exit(1);
}
const SW = 'sw.js';
const LINE = /^const BUILD = \{.*\}; \/\/ pipesim:build$/m;

if (process.env.PIPESIM_SERVE === '1') {
  const index = join(staging, 'index.html');
  const html = readFileSync(index, 'utf8');
  const off = '<meta name="pipesim-service-worker" content="off" />';
  writeFileSync(index, html.replace(/<meta charset="utf-8"\s*\/?>/i, (m) => `${m}\n    ${off}`));
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}
const files = walk(staging)
  .map((path) => relative(staging, path).split(sep).join('/'))
  .filter((path) => path !== SW)
  .sort();

const hash = createHash('sha256');
for (const file of files) {
  hash.update(`${file}\0`);
  hash.update(readFileSync(join(staging, file)));
  hash.update('\0');
}
const version = hash.digest('hex').slice(0, 16);

const swFile = join(staging, SW);
let sw;
try {
  sw = readFileSync(swFile, 'utf8');
} catch {
  console.error(`[sw] no ${swFile}: index.html must copy static/sw.js (a trunk copy-file link)`);
  process.exit(1);
}
if (!LINE.test(sw)) {
  console.error(`[sw] ${swFile} has no "const BUILD = …; // pipesim:build" line to fill`);
  process.exit(1);
}
const build = JSON.stringify({ version, files });
writeFileSync(swFile, sw.replace(LINE, () => `const BUILD = ${build}; // pipesim:build`));
console.log(`[sw] service worker of build ${version}: ${files.length} files to precache`);
