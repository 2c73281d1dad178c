// Pipesim's service worker: the app opens and runs with no network after a first visit.
//
// It keeps exactly the files of one build in a cache of their own, named after the build:
// index.html, the page's and both workers' scripts, loaders and wasm, the stylesheet, the
// languages' catalogues, the manifest and the icons. Those are answered from the cache first;
// anything else (nothing, today) goes to the network as if there were no service worker.
//
// The list and the build's version are written in below by scripts/service-worker.mjs (a trunk
// post_build hook), so every build is a new service worker byte for byte, which is what makes
// the browser install it. A new version installs beside the running one and waits: the page
// (src/web/service_worker.rs) says that a new version is ready and, only when the reader
// agrees, asks it to take over (the `skip-waiting` message) and reloads. It never reloads a
// page by itself.
//
// Paths are relative to this file, which sits at the root of the built site, so the app works
// at the root of a host or under any sub-path (`trunk build --public-url /some/path/`).
// Several builds on one origin (two sub-paths) keep apart: a cache's name holds the scope.

'use strict';

// Written by scripts/service-worker.mjs; a build where the hook did not run precaches nothing.
const BUILD = { version: 'unbuilt', files: [] }; // pipesim:build

const SCOPE = self.registration.scope;
const PREFIX = `pipesim:${SCOPE}:`;
const CACHE = `${PREFIX}${BUILD.version}`;
const here = (file) => new URL(file, self.location.href).href;
const APP_FILES = new Set(BUILD.files.map(here));
const INDEX = here('index.html');

self.addEventListener('install', (event) => {
  // `reload`: past the HTTP cache, so a new version never caches an older file (the workers'
  // file names carry no hash).
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(BUILD.files.map((file) => new Request(here(file), { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    // Older versions of this app at this scope; other apps' and other scopes' caches stay.
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    // The first visit's page is taken over at once, so it already works offline; a later
    // version only activates when the page asked for it, and then reloads.
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  // The app's address (the scope itself) is its index.html.
  const key = request.mode === 'navigate' && url.href === SCOPE ? INDEX : url.href;
  if (!APP_FILES.has(key)) return;
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(key))
      .then((hit) => hit || fetch(request)),
  );
});
