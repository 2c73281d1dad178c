// The browser benchmark of the analyses ("Decide"): the release app (dist/) in headless Debian
// Chromium, on series-a opened from a link. Not a test: it measures, prints, and says which
// target each figure misses; BENCHMARKS.md records what it printed.
//
//   bash scripts/bench-analysis.sh            (builds dist/ with trunk, then runs this)
//   node tests/e2e/bench_analysis.mjs [--dist DIR] [--runs N] [--only tornado|sweep|seek1|seek2]
//     [--trace FILE]
//
// Each run is a fresh page (a fresh browser context) at series-a's link (seed 1), which waits
// for the ordinary run, then runs, one after the other, as a person would from the panel:
//   tornado  "What matters most" at 1,000 trials a point: from the click to the first bars
//            drawn, and to the end;
//   sweep    the sweep form's default, the outbound share 0–90% in 10 steps, 2,000 trials;
//   seek1    goal seek with its default goal (bookings over the horizon at least $5M with an
//            80% chance) and one lever, the AE hiring pace over its usual range, 2,000 trials;
//   seek2    the same with a second lever, the outbound share over its usual range.
// For each: the time from the click to the end (the progress gone, the report shown), the
// longest main-thread task in that span (PerformanceObserver `longtask`), and the work the
// workers did (the point jobs sent to them, seen by wrapping `Worker.postMessage`): trials,
// points, how busy each worker was, and the time a trial took there. The median of N runs is
// printed with its target.
//
// This machine is shared, and an analysis's time is mostly its trials: so each run first times
// an ordinary run of series-a at 10,000 trials on the same page (the trials menu), and each
// analysis is also given as the time its trials take at that run's pace ("at run pace") and the
// ratio of the two, which says what the analysis costs beyond its trials whatever the load. The
// load average before and after is printed too.
//
// --trace FILE writes a Chromium trace (devtools timeline, every thread) of the last run, to
// see where the time of a missed target goes.

import { writeFileSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { launchChromium, serve } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : fallback;
};
const DIST = resolve(opt('dist', join(repo, 'dist')));
const RUNS = Number(opt('runs', '3'));
const ONLY = opt('only', '');
const TRACE = opt('trace', '');
const BROWSER = process.env.CHROMIUM || '/usr/bin/chromium';
const TIMEOUT = 300_000;

/** Each analysis's targets (ms): to the end, to the first bars, the longest main-thread task. */
const TARGETS = {
  tornado: { total: 8000, first: 1000, task: 50 },
  sweep: { total: 3000, task: 50 },
  seek1: { total: 5000, task: 50 },
  seek2: { total: 15000, task: 50 },
};

const tid = (id) => `[data-testid="${id}"]`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const preset = (name) => JSON.parse(readFileSync(join(repo, 'presets', `${name}.json`), 'utf8'));
const link = (workspace) => `w=1.${deflateRawSync(Buffer.from(JSON.stringify(workspace)), { level: 9 }).toString('base64url')}`;
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

/** Watches the page from its start: long tasks, and what the analysis panel shows when. */
function instrument() {
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  // Long animation frames with the scripts that made them: which handler (a worker's message,
  // a timer) held the page, printed under a run that missed the 50 ms target.
  window.__loaf = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.duration > 45) window.__loaf.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration, render: e.renderStart ? (e.startTime + e.duration - e.renderStart) : 0, scripts: e.scripts.map((x) => `${x.invoker} ${Math.round(x.duration)}ms`) });
  }).observe({ type: 'long-animation-frame', buffered: true });
  // The point jobs the analysis sends its workers, and when each answer came back.
  window.__jobs = [];
  const Real = window.Worker;
  let made = 0;
  window.Worker = class extends Real {
    constructor(...args) {
      super(...args);
      this.__id = made++;
      this.addEventListener('message', (e) => {
        const id = e.data && e.data.job;
        if (id === undefined) return;
        const job = window.__jobs.find((j) => j.job === id && j.worker === this.__id && j.recv === undefined);
        if (job) job.recv = performance.now();
      });
    }
    postMessage(message, transfer) {
      if (message && typeof message.point === 'string') {
        const p = JSON.parse(message.point);
        window.__jobs.push({ worker: this.__id, job: p.job, key: p.key, trials: p.end - p.start, send: performance.now() });
      }
      return super.postMessage(message, transfer);
    }
  };
  window.__bench = null;
  new MutationObserver(() => {
    const b = window.__bench;
    if (!b || b.end) return;
    const now = performance.now();
    const running = document.querySelector('[data-testid="analysis-running"]');
    if (running) b.ran = true;
    if (b.first === null && document.querySelector(`[data-testid="${b.chart}"] svg`)) b.first = now;
    if (document.querySelector('[data-testid="analysis-error"]')) {
      b.error = document.querySelector('[data-testid="analysis-error"]').textContent;
      b.end = now;
    } else if (b.ran && !running && document.querySelector(`[data-testid="${b.report}"]`)) {
      b.end = now;
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/** Clicks `button` and measures the analysis it starts, until its `report` shows. */
async function measure(page, { button, report, chart }) {
  const start = await page.evaluate(({ button, report, chart }) => {
    window.__bench = { report, chart, ran: false, first: null, end: null, error: null };
    const t = performance.now();
    window.__bench.start = t;
    performance.mark('bench:click');
    document.querySelector(`[data-testid="${button}"]`).click();
    return t;
  }, { button, report, chart });
  await page.waitForFunction(() => window.__bench.end !== null, null, { timeout: TIMEOUT, polling: 100 });
  return page.evaluate((start) => {
    const b = window.__bench;
    if (b.error) throw new Error(b.error);
    const tasks = window.__longtasks.filter((t) => t.start >= start && t.start <= b.end);
    window.__loafOut = window.__loaf.filter((t) => t.start >= start && t.start <= b.end);
    const rows = (id) => document.querySelectorAll(`[data-testid="${id}"] tbody tr`).length;
    const jobs = window.__jobs.filter((j) => j.send >= start && j.recv !== undefined && j.recv <= b.end);
    const workers = [...new Set(jobs.map((j) => j.worker))];
    const busy = workers.map((w) => jobs.filter((j) => j.worker === w).reduce((a, j) => a + j.recv - j.send, 0));
    const trials = jobs.reduce((a, j) => a + j.trials, 0);
    return {
      loaf: window.__loafOut,
      total: b.end - start,
      trials,
      points: new Set(jobs.map((j) => j.key)).size,
      busy: busy.length ? busy.reduce((a, x) => a + x, 0) / busy.length / (b.end - start) : 0,
      usPerTrial: trials ? (busy.reduce((a, x) => a + x, 0) * 1000) / trials : 0,
      first: b.first === null ? null : b.first - start,
      task: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
      tasks: tasks.length,
      rows: rows('tornado-table') + rows('sweep-table') + rows('seek-table'),
      answer: document.querySelector('[data-testid="seek-answer"]')?.textContent || '',
    };
  }, start);
}

async function setBox(page, id, value) {
  await page.fill(tid(id), String(value));
  await page.dispatchEvent(tid(id), 'change');
}

/** One run of every analysis asked, on a fresh page. */
async function oneRun(browser, base, trace) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  await page.goto(`${base}#${link({ schema: 1, scenarios: [preset('series-a')], baseline: 0, run: { trials: 2000, seed: 1 } })}`);
  await page.waitForFunction(() => /^\s*Done/.test(document.querySelector('[data-testid="run-status"]')?.textContent || ''), null, { timeout: TIMEOUT });
  await page.waitForTimeout(500); // the charts drawn after the run, the workers idle
  // The pace of an ordinary run now: series-a at 10,000 trials, from the menu to "Done".
  const ordinary = await page.evaluate(async () => {
    const status = () => document.querySelector('[data-testid="run-status"]')?.textContent || '';
    const select = document.querySelector('[data-testid="trials"]');
    const t = performance.now();
    select.value = '10000';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    let ran = false;
    while (!(ran && /^\s*Done/.test(status()))) {
      if (!/^\s*Done/.test(status())) ran = true;
      await new Promise((ok) => setTimeout(ok, 10));
    }
    return performance.now() - t;
  });
  await page.waitForTimeout(500);
  if (trace) await browser.startTracing(page, { path: trace, screenshots: false });
  const out = { ordinary: { total: ordinary, trials: 10000 } };
  const want = (k) => !ONLY || ONLY.split(',').includes(k);
  if (want('tornado')) {
    await page.click(tid('tab-sensitivity'));
    await setBox(page, 'sensitivity-trials', 1000);
    out.tornado = await measure(page, { button: 'run-sensitivity', report: 'sensitivity-report', chart: 'chart-tornado' });
  }
  if (want('sweep')) {
    await page.click(tid('tab-sweep'));
    await page.selectOption(tid('sweep-field'), 'ae.outbound_share');
    await setBox(page, 'sweep-steps', 10);
    out.sweep = await measure(page, { button: 'run-sweep', report: 'sweep-report', chart: 'chart-sweep' });
  }
  if (want('seek1') || want('seek2')) await page.click(tid('tab-seek'));
  if (want('seek1')) {
    out.seek1 = await measure(page, { button: 'run-seek', report: 'seek-report', chart: 'chart-frontier' });
  }
  if (want('seek2')) {
    await page.click(tid('seek-add-lever'));
    out.seek2 = await measure(page, { button: 'run-seek', report: 'seek-report', chart: 'chart-frontier' });
  }
  if (trace) await browser.stopTracing();
  await context.close();
  return out;
}

async function main() {
  const server = await serve(DIST);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await launchChromium(BROWSER);
  console.log(`[bench-analysis] ${DIST} in Chromium ${browser.version()}, ${RUNS} run(s), load average before: ${load()}`);
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) {
    const r = await oneRun(browser, base, TRACE && i === RUNS - 1 ? TRACE : '');
    runs.push(r);
    const pace = r.ordinary.total / r.ordinary.trials; // ms a trial in an ordinary run
    for (const [k, v] of Object.entries(r)) if (k !== 'ordinary') v.atPace = v.trials * pace;
    console.log(`[bench-analysis] run ${i + 1}: ordinary run 10,000 trials ${(r.ordinary.total / 1000).toFixed(2)} s; ${Object.entries(r).filter(([k]) => k !== 'ordinary').map(([k, v]) => `${k} ${(v.total / 1000).toFixed(2)} s${k === 'tornado' ? ` (first bars ${(v.first / 1000).toFixed(2)} s)` : ''}, longest task ${Math.round(v.task)} ms, ${v.trials} trials at ${v.points} points (${(v.atPace / 1000).toFixed(2)} s at run pace), workers ${Math.round(v.busy * 100)}% busy, ${Math.round(v.usPerTrial)} µs a trial`).join('; ')}`);
    for (const [k, v] of Object.entries(r)) if (v.loaf && v.loaf.length) console.log('LOAF', k, JSON.stringify(v.loaf));
  }
  await browser.close();
  server.close();
  const missed = [];
  const lines = [];
  const summary = {};
  for (const kind of Object.keys(TARGETS)) {
    const got = runs.map((r) => r[kind]).filter(Boolean);
    if (!got.length) continue;
    const t = TARGETS[kind];
    const s = {
      total: median(got.map((g) => g.total)),
      first: t.first ? median(got.map((g) => g.first)) : null,
      task: Math.max(...got.map((g) => g.task)),
      rows: got[0].rows,
      trials: got[0].trials,
      points: got[0].points,
      atPace: median(got.map((g) => g.atPace)),
      ratio: median(got.map((g) => g.total / g.atPace)),
      busy: median(got.map((g) => g.busy)),
    };
    summary[kind] = s;
    const verdict = (v, target, what) => {
      if (v > target) missed.push(`${kind} ${what} ${Math.round(v)} ms > ${target} ms`);
      return v <= target ? 'ok' : 'MISSED';
    };
    lines.push(
      `| ${kind} | ${(s.total / 1000).toFixed(2)} s (target ${t.total / 1000} s, ${verdict(s.total, t.total, 'total')})` +
        ` | ${s.first === null ? '' : `${(s.first / 1000).toFixed(2)} s (target ${t.first / 1000} s, ${verdict(s.first, t.first, 'first bars')})`}` +
        ` | ${Math.round(s.task)} ms (${verdict(s.task, t.task, 'longest task')})` +
        ` | ${s.trials} at ${s.points} | ${(s.atPace / 1000).toFixed(2)} s, ×${s.ratio.toFixed(2)} | ${Math.round(s.busy * 100)}% |`,
    );
  }
  if (runs.some((r) => r.seek1)) console.log(`[bench-analysis] seek1 answer: ${runs[0].seek1.answer}`);
  if (runs.some((r) => r.seek2)) console.log(`[bench-analysis] seek2 answer: ${runs[0].seek2.answer}`);
  console.log(`[bench-analysis] load average after: ${load()}`);
  const ordinary = median(runs.map((r) => r.ordinary.total));
  console.log(`[bench-analysis] ordinary run of series-a, 10,000 trials: ${(ordinary / 1000).toFixed(2)} s (median)`);
  console.log('| analysis (series-a) | to the end, median | first bars, median | longest main-thread task, worst run | trials at points | its trials at run pace, and the ratio | workers busy |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const l of lines) console.log(l);
  console.log(`bench-analysis: ${JSON.stringify(summary)}`);
  if (TRACE) console.log(`[bench-analysis] trace of the last run: ${TRACE}`);
  console.log(missed.length ? `bench-analysis: targets missed: ${missed.join('; ')}` : 'bench-analysis: every target met');
}

main().catch((e) => {
  console.error('[bench-analysis] could not run:', e);
  process.exit(2);
});
