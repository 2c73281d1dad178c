// What the end-to-end test and the browser benchmark share: a static server for dist/ on
// 127.0.0.1 (from this process, an ephemeral port), Debian's Chromium launched headless
// through playwright-core with the flags this machine needs, and moving the app's sliders.

import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { chromium } from 'playwright-core';

// --- a static server for dist/ ---------------------------------------------------------------
const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` on 127.0.0.1; resolves to the listening server.
 *
 * `prefix`: the path the site is published under, as a static host serves a sub-path (`/pipesim/`
 * for a build with `--public-url /pipesim/`); anything outside it is a 404, so an address the
 * app wrongly makes absolute ("/worker.js") fails, and the prefix without its slash redirects to
 * it. `hook(req, res, path)`: asked first with the path inside the site; it answers the request
 * itself and returns true, or returns false to let the file be served (the offline test changes
 * sw.js with it, and stops answering at all).
 */
export function serve(root, { prefix = '/', hook = null } = {}) {
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (prefix !== '/' && path === prefix.replace(/\/$/, '')) {
      res.writeHead(301, { location: prefix }).end();
      return;
    }
    if (!path.startsWith(prefix)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    path = `/${path.slice(prefix.length)}`;
    if (hook && hook(req, res, path)) return;
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    // An unknown path without an extension is an app route: answer with index.html.
    if (!existsSync(file) && extname(path) === '') file = join(root, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[extname(file)] || 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok(server));
  });
}

/** Debian's Chromium at `executable`, headless unless `headed`. */
export function launchChromium(executable, headed = false) {
  return chromium.launch({
    executablePath: executable,
    headless: !headed,
    timeout: 120_000,
    args: [
      ...(headed ? [] : ['--headless']),
      '--no-sandbox', // root in CI and on the dev machines
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      '--disable-default-apps',
      '--disable-extensions',
    ],
  });
}

/**
 * Sets the range input `sel` to `v` as a drag would: the value through the input's own setter
 * (so that the page's handlers see a real change), then `input` and `change`.
 */
export async function moveSlider(page, sel, v) {
  await page.evaluate(
    ({ sel, v }) => {
      const el = document.querySelector(sel);
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      setValue.call(el, String(v));
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { sel, v },
  );
}
