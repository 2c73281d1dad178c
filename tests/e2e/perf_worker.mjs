// The worker's engine under Linux `perf`, instruction by instruction: headless Chromium with
// V8's `--perf-prof` (which writes jit-PID.dump files describing the code it compiles, wasm
// included), one worker running the series-a criterion workload (1,000 trials) a few times. Not
// a test; for finding what V8 makes of the engine's hot loops (BENCHMARKS.md).
//
//   cd "$(mktemp -d)"   (the jit dumps land in the current folder)
//   perf record -k mono -F 2000 -o perf.data node /path/to/tests/e2e/perf_worker.mjs [--dist DIR]
//   perf inject --jit -i perf.data -o perf.jit.data
//   perf report -i perf.jit.data --no-children --sort symbol        (JS:wasm-function[N]-...)
//   perf annotate -i perf.jit.data --stdio -s 'JS:wasm-function[N]-N-turbofan'
//
// Function numbers are those of dist/worker_bg.wasm (`wasm-dis` shows the names with
// `bash scripts/build-profile.sh` and --dist dist-profile). Needs dist/ built and perf installed.

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './harness.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const i = process.argv.indexOf('--dist');
const dist = resolve(i > 0 ? process.argv[i + 1] : join(repo, 'dist'));
const server = await serve(dist);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    // One process tree that `perf record` follows, and code that perf can read.
    '--no-zygote',
    '--js-flags=--perf-prof --perf-prof-annotate-wasm --no-write-protect-code-memory',
  ],
});
try {
  const page = await browser.newPage();
  await page.goto(`${base}worker_loader.js`);
  const scenario = JSON.parse(readFileSync(join(repo, 'presets', 'series-a.json'), 'utf8'));
  const times = await page.evaluate(async ({ scenario }) => {
    const worker = new Worker('/worker_loader.js');
    await new Promise((ok) => (worker.onmessage = (e) => e.data === 'ready' && ok()));
    const ask = (msg) => new Promise((ok) => {
      worker.onmessage = (e) => ok(e.data);
      worker.postMessage(JSON.stringify(msg));
    });
    const out = [];
    for (let run = 0; run < 8; run += 1) {
      const started = performance.now();
      const answer = await ask({ job: run + 1, key: 'bench', scenario, seed: 1, start: 0, end: 1000 });
      if (answer.error) throw new Error(answer.error);
      out.push(performance.now() - started);
    }
    worker.terminate();
    return out;
  }, { scenario });
  console.log(`series-a 1,000 trials in the worker, ms: ${times.map((t) => t.toFixed(0)).join(' ')}`);
} finally {
  await browser.close();
  server.close();
}
