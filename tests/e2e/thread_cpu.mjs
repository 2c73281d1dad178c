// Where a run's CPU time goes across the browser's threads: one warm page runs 10,000-trial
// series-a runs and the CPU time of every Chromium thread (from /proc/<pid>/task/<tid>/stat,
// Linux only) is summed by thread name over the runs. On a 2-core machine, whatever the page,
// the compositor and the raster threads use is taken from the two workers. For finding what
// costs a run besides the engine; not a test.
//
//   node tests/e2e/thread_cpu.mjs [--workers 2] [--runs 3] [--dist dist]
//
// Needs dist/ built (`trunk build --release`) and `bash scripts/setup.sh`.

import { deflateRawSync } from 'node:zlib';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launchChromium } from './harness.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const workers = Number(arg('workers', '2'));
const runs = Number(arg('runs', '3'));
const dist = resolve(repo, arg('dist', 'dist'));

const scenario = JSON.parse(readFileSync(join(repo, 'presets', 'series-a.json'), 'utf8'));
const link = (seed) =>
  `w=1.${deflateRawSync(Buffer.from(JSON.stringify({ schema: 1, scenarios: [scenario], baseline: 0, run: { trials: 10000, seed } })), { level: 9 }).toString('base64url')}`;
const TICK_MS = 1000 / 100; // USER_HZ

/** CPU time so far, in clock ticks, of every thread of every chromium process. */
function threadTicks() {
  const out = new Map();
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let comm;
    let tasks;
    try {
      comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      if (!/chrom/.test(comm)) continue;
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        out.set(`${pid}/${tid}`, { name, ticks: Number(fields[11]) + Number(fields[12]) });
      } catch {
        // The thread ended.
      }
    }
  }
  return out;
}

const server = await serve(dist);
const browser = await launchChromium(process.env.CHROMIUM || '/usr/bin/chromium');
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`http://127.0.0.1:${server.address().port}/?workers=${workers}`);
  const settled = () => /^Done/.test(document.querySelector('[data-testid="run-status"]')?.textContent ?? '')
    && !document.querySelector('[data-testid="results"][data-charts="drawing"]');
  await page.waitForFunction(settled, null, { timeout: 120_000 });
  const total = new Map();
  for (let r = 0; r < runs; r += 1) {
    await page.waitForTimeout(500);
    const before = threadTicks();
    const started = Date.now();
    await page.evaluate((f) => { location.hash = f; }, link(r + 11));
    await page.waitForFunction(() => /^Running/.test(document.querySelector('[data-testid="run-status"]')?.textContent ?? ''), null, { polling: 20 });
    await page.waitForFunction(settled, null, { polling: 250, timeout: 120_000 });
    const after = threadTicks();
    console.log(`run ${r + 1}: ${Date.now() - started} ms from the link to the charts (polled every 250 ms)`);
    for (const [key, { name, ticks }] of after) {
      const used = ticks - (before.get(key)?.ticks ?? 0);
      if (used > 0) total.set(name, (total.get(name) ?? 0) + used);
    }
  }
  console.log(`CPU time per run by thread (${workers} worker(s), ${runs} runs, ${TICK_MS} ms ticks):`);
  for (const [name, ticks] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
    console.log(`${((ticks * TICK_MS) / runs).toFixed(0).padStart(7)} ms  ${name}`);
  }
} finally {
  await browser.close();
  server.close();
}
