// Where the page's main thread spends a run: one warm-page run in headless Chromium with
// Chromium's own tracing on, then the main thread's tasks summarised. Prints the busy time of
// the main thread during the run, the longest tasks with what ran inside them (events of the
// `devtools.timeline` category: functions called, events dispatched, layout, paint, GC), and
// the pipesim:* marks. For finding what makes a long task; not a test.
//
//   node tests/e2e/trace_run.mjs [--workers N] [--preset series-a] [--trials 10000] [--runs 1]
//     [--windows] (busy time by event between the marks) [--metrics] [--profile --dist DIR]
//     [--save trace.json] [--no-workers] [--cold]
//
// --cold: each run opens the link in a browser started for it (a fresh profile: nothing
// compiled cached), as a user opening a share link does, and traces from the page's load; the
// run starts at once, with the page's workers still loading. Without it, the link is opened on a
// warm page (loaded, its first run done).
//
// Needs dist/ built (`trunk build --release`) and `bash scripts/setup.sh`.

import { deflateRawSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launchChromium } from './harness.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const workers = Number(arg('workers', '2'));
const presetName = arg('preset', 'series-a');
const trials = Number(arg('trials', '10000'));
const runs = Number(arg('runs', '1'));
const dist = arg('dist', 'dist');
// --save FILE: also write Chromium's trace there (it opens in chrome://tracing or Perfetto), or
// with --profile the CPU profile (a .cpuprofile for DevTools; it resolves wasm to functions, not
// lines: for instructions, tests/e2e/perf_worker.mjs).
const saveTo = arg('save', '');
// --profile: a CPU profile of the main thread instead of a trace, best of a build whose wasm
// keeps its names (`bash scripts/build-profile.sh`, then --dist dist-profile).
const profile = process.argv.includes('--profile');
// --metrics: no trace, only the main thread's own counters (CDP Performance.getMetrics) over the
// run: what the page costs without the tracing's overhead.
const metricsOnly = process.argv.includes('--metrics');
// --no-workers: the worker script is refused, so the page falls back to running the trials on
// its own main thread (as a browser without workers would): with --profile, a CPU profile of the
// engine itself in wasm, to set beside a native `perf` profile.
const noWorkers = process.argv.includes('--no-workers');
const cold = process.argv.includes('--cold');

const scenario = JSON.parse(readFileSync(join(repo, 'presets', `${presetName}.json`), 'utf8'));
const link = (seed) =>
  `w=1.${deflateRawSync(Buffer.from(JSON.stringify({ schema: 1, scenarios: [scenario], baseline: 0, run: { trials, seed } })), { level: 9 }).toString('base64url')}`;

const server = await serve(join(repo, dist));
const base = `http://127.0.0.1:${server.address().port}/`;
let browser = await launchChromium(process.env.CHROMIUM || '/usr/bin/chromium');
try {
  for (let r = 0; r < runs; r += 1) {
    if (cold && r > 0) {
      await browser.close();
      browser = await launchChromium(process.env.CHROMIUM || '/usr/bin/chromium');
    }
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    if (noWorkers) await page.route(/worker_loader\.js/, (route) => route.fulfill({ status: 404, body: '' }));
    const settled = () => /^Done/.test(document.querySelector('[data-testid="run-status"]')?.textContent ?? '')
      && !document.querySelector('[data-testid="results"][data-charts="drawing"]');
    if (!cold) {
      await page.goto(`${base}?workers=${workers}`);
      await page.waitForFunction(settled, null, { timeout: 120_000 });
      await page.evaluate(() => performance.clearMarks());
    } else {
      await page.goto(`${base}worker_loader.js`);
    }
    const cdp = profile || metricsOnly ? await page.context().newCDPSession(page) : null;
    const counters = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
    };
    let before = null;
    if (metricsOnly) {
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      before = await counters();
    } else if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    } else {
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8'] });
    }
    if (cold) await page.goto(`${base}?workers=${workers}#${link(r + 1)}`);
    else await page.evaluate((f) => { location.hash = f; }, link(r + 1));
    await page.waitForFunction(() => /^Running/.test(document.querySelector('[data-testid="run-status"]')?.textContent ?? ''), null, { timeout: 60_000, polling: 50 });
    await page.waitForFunction(settled, null, { timeout: 300_000, polling: 250 });
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]));
    if (metricsOnly) {
      const after = await counters();
      const d = (k) => ((after[k] - before[k]) * 1000).toFixed(0);
      const at = (n) => marks.find(([m]) => m === n)?.[1];
      console.log(`main thread over the run (${(at('pipesim:report') - at('pipesim:start')).toFixed(0)} ms to the report): tasks ${d('TaskDuration')} ms, script ${d('ScriptDuration')} ms, layout ${d('LayoutDuration')} ms, style ${d('RecalcStyleDuration')} ms`);
      await page.close();
    } else if (profile) {
      const { profile: cpu } = await cdp.send('Profiler.stop');
      await page.close();
      if (saveTo) writeFileSync(saveTo, JSON.stringify(cpu));
      summariseProfile(cpu);
    } else {
      const raw = (await browser.stopTracing()).toString('utf8');
      if (saveTo) writeFileSync(saveTo, raw);
      const trace = JSON.parse(raw);
      await page.close();
      summarise(trace.traceEvents, marks);
    }
    console.log(`marks: ${marks.map(([n, at]) => `${n}@${at - (marks.find(([m]) => m === 'pipesim:start')?.[1] ?? 0)}`).join(' ')}`);
  }
} finally {
  await browser.close();
  server.close();
}

function summarise(events, marks) {
  const names = new Map();
  for (const e of events) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  const mainKey = [...names].find(([, n]) => n === 'CrRendererMain')?.[0];
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === mainKey && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts);
  const start = marks.find(([n]) => n === 'pipesim:start');
  const t0 = tasks.length ? tasks[0].ts : 0;
  const busy = tasks.reduce((s, t) => s + (t.dur ?? 0), 0) / 1000;
  const span = tasks.length ? (tasks.at(-1).ts + tasks.at(-1).dur - t0) / 1000 : 0;
  console.log(`main thread: ${tasks.length} tasks, busy ${busy.toFixed(0)} ms of ${span.toFixed(0)} ms traced`);
  const kinds = new Map();
  for (const e of onMain) {
    if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') continue;
    const key = e.name === 'EventDispatch' ? `EventDispatch ${e.args?.data?.type}` : e.name;
    kinds.set(key, (kinds.get(key) ?? 0) + (e.dur ?? 0) / 1000);
  }
  // Busy time between the run's marks, as the trace saw them (blink.user_timing).
  const markTs = events.filter((e) => /^pipesim:(start|partial-report|rows-in|report)$/.test(e.name) && e.ph !== 'X')
    .map((e) => [e.name.replace('pipesim:', ''), e.ts]).sort((a, b) => a[1] - b[1]);
  const seen = new Set();
  const edges = markTs.filter(([n, ts]) => !seen.has(ts) && seen.add(ts));
  edges.push(['end', tasks.length ? tasks.at(-1).ts + tasks.at(-1).dur : 0]);
  const windows = [];
  for (let i = 0; i + 1 < edges.length; i += 1) {
    const [from, a] = edges[i];
    const [to, b] = edges[i + 1];
    const ms = tasks.filter((t) => t.ts >= a && t.ts < b).reduce((sum, t) => sum + t.dur, 0) / 1000;
    windows.push(`${from}→${to} ${((b - a) / 1000).toFixed(0)} ms (busy ${ms.toFixed(0)})`);
    const inWindow = onMain.filter((e) => e.ts >= a && e.ts < b && !/RunTask/.test(e.name));
    const byName = new Map();
    for (const e of inWindow) {
      const key = e.name === 'EventDispatch' ? `EventDispatch ${e.args?.data?.type}` : e.name;
      byName.set(key, [(byName.get(key)?.[0] ?? 0) + (e.dur ?? 0) / 1000, (byName.get(key)?.[1] ?? 0) + 1]);
    }
    if (process.argv.includes('--windows')) {
      console.log(`  ${from}→${to}: ${[...byName].sort((x, y) => y[1][0] - x[1][0]).slice(0, 10).map(([k, [ms, n]]) => `${k} ${ms.toFixed(0)} ms ×${n}`).join('; ')}`);
    }
  }
  console.log(`windows: ${windows.join(', ')}`);
  console.log('time inside tasks by event (nested events count in each):');
  for (const [k, ms] of [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${k}`);
  // Task times from the run's start where the trace holds its mark, else from the first task.
  const startTs = markTs.find(([n]) => n === 'start')?.[1];
  const origin = startTs ?? t0;
  // --timeline FROM,TO: every task in that window (ms from the run's start), with what ran in it.
  const window_ = arg('timeline', '');
  if (window_) {
    const [from, to] = window_.split(',').map(Number);
    for (const t of tasks.filter((x) => (x.ts - origin) / 1000 >= from && (x.ts - origin) / 1000 <= to && x.dur > 500)) {
      const inside = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && (e.dur ?? 0) > (process.env.TRACE_MIN_US ? Number(process.env.TRACE_MIN_US) : 1000) && !/RunTask/.test(e.name));
      console.log(`  task ${((t.ts - origin) / 1000).toFixed(0)}+${(t.dur / 1000).toFixed(1)}: ${inside.slice(0, Number(process.env.TRACE_EVENTS ?? 6)).map((e) => `${e.name === 'EventDispatch' ? `EventDispatch ${e.args?.data?.type}` : e.name}${e.args?.data?.functionName ? `(${e.args.data.functionName})` : ''}${e.args?.data?.url ? `(${e.args.data.url.split('/').pop()})` : ''} ${(e.dur / 1000).toFixed(1)}`).join('; ')}`);
    }
  }
  // The run's tasks (from its start) by wall time and by the main thread's own CPU time (`tdur`):
  // on a busy machine a task's wall time grows with the time the thread waited for a core.
  if (startTs) {
    const during = tasks.filter((t) => t.ts + t.dur >= startTs);
    const top = (k) => [...during].sort((a, b) => (b[k] ?? 0) - (a[k] ?? 0)).slice(0, 4)
      .map((t) => `${((t[k] ?? 0) / 1000).toFixed(1)} ms at ${((t.ts - startTs) / 1000).toFixed(0)}`).join(', ');
    console.log(`the run's longest tasks: by wall time ${top('dur')}; by thread time ${top('tdur')}`);
  }
  console.log(`longest tasks (at: ms from ${startTs ? 'the run\'s start' : 'the first task'}):`);
  for (const t of [...tasks].sort((a, b) => b.dur - a.dur).slice(0, 8)) {
    const inside = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && (e.dur ?? 0) > 2000);
    const what = inside.map((e) => `${e.name === 'EventDispatch' ? `EventDispatch ${e.args?.data?.type}` : e.name}${e.args?.data?.functionName ? `(${e.args.data.functionName})` : ''} ${(e.dur / 1000).toFixed(1)}`).slice(0, 8).join('; ');
    console.log(`  ${(t.dur / 1000).toFixed(1).padStart(6)} ms at ${((t.ts - origin) / 1000).toFixed(0)} ms: ${what}`);
  }
}

/** Self time and total time by function, from a CDP CPU profile. */
function summariseProfile(cpu) {
  const byId = new Map(cpu.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of cpu.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const total = new Map();
  const dt = cpu.timeDeltas;
  for (let i = 0; i < cpu.samples.length; i += 1) {
    const ms = (dt[i + 1] ?? dt[i]) / 1000;
    let id = cpu.samples[i];
    const name = (n) => n.callFrame.functionName || `(${n.callFrame.url.split('/').pop() || 'anonymous'})`;
    const leaf = byId.get(id);
    self.set(name(leaf), (self.get(name(leaf)) ?? 0) + ms);
    const seen = new Set();
    while (id !== undefined) {
      const nm = name(byId.get(id));
      if (!seen.has(nm)) {
        total.set(nm, (total.get(nm) ?? 0) + ms);
        seen.add(nm);
      }
      id = parent.get(id);
    }
  }
  const idle = (self.get('(idle)') ?? 0) + (self.get('(program)') ?? 0);
  const all = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`profile: ${all.toFixed(0)} ms sampled, ${(all - idle).toFixed(0)} ms not idle`);
  console.log('self time:');
  for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${k.slice(0, 110)}`);
  console.log('total time:');
  for (const [k, ms] of [...total].sort((a, b) => b[1] - a[1]).filter(([k]) => !process.env.FILTER || new RegExp(process.env.FILTER).test(k)).slice(0, 40)) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${k.slice(0, 110)}`);
}
