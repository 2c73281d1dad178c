// trunk post_build step (run by scripts/post-build.mjs, the hook of Trunk.toml): fills the
// Content-Security-Policy of the built index.html.
//
// index.html's CSP allows scripts from the page's own origin only, plus the inline module
// script that trunk writes to start the wasm app. That script names hashed file names, so its
// hash changes with every build: this hook computes the sha256 of every inline <script> in the
// staged index.html and puts them where index.html says `'inline-script-hashes'`. A build where
// this hook did not run keeps that word, which no browser accepts as a source, so the app would
// not start: it fails loudly rather than running without a policy.
//
// Under `trunk serve` (scripts/serve.sh sets PIPESIM_SERVE=1) trunk also injects its
// live-reload script and websocket when it serves the page, after this hook; the dev policy
// then also allows inline scripts and the websocket. The built site (`trunk build`, CI, the
// e2e test) always gets the strict policy.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PLACEHOLDER = "'inline-script-hashes'";
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('[csp] TRUNK_STAGING_DIR is not set: run this as a trunk post_build hook');
  process.exit(1);
}
const file = join(staging, 'index.html');
let html = readFileSync(file, 'utf8');
const META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i;
const meta = html.match(META);
if (!meta || !meta[1].includes(PLACEHOLDER)) {
  console.error(`[csp] ${file} has no Content-Security-Policy meta with ${PLACEHOLDER}`);
  process.exit(1);
}

const hashes = [];
for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
  const [, attributes, body] = match;
  if (/\bsrc\s*=/.test(attributes)) continue;
  const digest = createHash('sha256').update(body, 'utf8').digest('base64');
  hashes.push(`'sha256-${digest}'`);
}
if (hashes.length === 0) {
  console.error('[csp] no inline script found: trunk did not write its start-up script?');
  process.exit(1);
}

let policy = meta[1].replace(PLACEHOLDER, hashes.join(' '));
if (process.env.PIPESIM_SERVE === '1') {
  // trunk serve's live reload: an inline script added while serving, and its websocket.
  policy = meta[1]
    .replace(PLACEHOLDER, "'unsafe-inline'")
    .replace("connect-src 'self'", "connect-src 'self' ws: wss:");
}
html = html.replace(meta[0], meta[0].replace(meta[1], policy));
writeFileSync(file, html);
console.log(`[csp] ${hashes.length} inline script hash(es) written into the policy of index.html`);
