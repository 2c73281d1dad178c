// trunk's post_build hook (Trunk.toml). trunk starts all the hooks of a stage at once, so the
// steps that must follow each other run here, in order: the Content-Security-Policy's script
// hashes first (they rewrite index.html), then the service worker's precache list and version
// (which hash every file, index.html included).

await import('./csp-hashes.mjs');
await import('./service-worker.mjs');
