// The browser benchmark: the release build with the `bench` feature (target/dist-bench/) in
// headless Debian Chromium. Not a test: it measures and prints, and BENCHMARKS.md records what
// it printed.
//
//   bash scripts/bench-browser.sh          (builds target/dist-bench/ with trunk
//                                           --features web,bench, then runs this)
//   node tests/e2e/bench.mjs [--dist DIR] [--runs N] [--only app|workers|cold] [--workload series-a]
//     [--mode link|edit] [--against DIR]
//
// It measures:
// 1. the engine in one web worker on the criterion workloads (series-a 1,000 trials, enterprise
//    50 trials), and the floor (the same workloads' random streams and draws alone), each the
//    median of N runs after a warm-up;
// 2. whole runs in the app, opened from a link and after an edit, with 1 worker and with every
//    worker (`?workers=N`): series-a 10,000 trials and enterprise 1,000 trials, from the run's
//    start to "Done", the first partial chart, and the longest main-thread task during the run
//    (PerformanceObserver, `longtask`);
// 3. page load to the first chart (the default scenario);
// 3b. a share link of series-a (10,000 trials) opened in a cold browser (a browser started for
//    each run, with a fresh profile, so nothing compiled is cached), as a user opening a link
//    does: the page's own worker count (one per core) and 1 worker; from the run's start to the
//    first partial result shown, long tasks during the run, the run to "Done", and that run
//    against the CLI's single-threaded time for the same run (`target/release/pipesim run
//    series-a --trials 10000 --threads 1`, timed here between the browser runs);
// 4. the size of the wasm files, raw and gzipped (of the build measured: the bench build's
//    worker also answers the floor request, which dist/'s does not).
//
// Each app run also reports the CPU time the hypervisor stole from this VM while it ran (the
// `steal` column of /proc/stat, where there is one): a neighbour taking a core slows a
// 2-worker run, which needs both, far more than a 1-worker one.
//
// --against DIR: the app runs also on a second build (an older one, say), taking turns with
// the first run by run, so that a machine whose speed drifts over the minutes (a shared VM)
// moves both builds alike and the comparison stays fair.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, deflateRawSync } from 'node:zlib';
import { launchChromium, moveSlider, serve } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : fallback;
};
const DIST = resolve(opt('dist', join(repo, 'target', 'dist-bench')));
const RUNS = Number(opt('runs', '3'));
// --only app: the app runs alone; --only workers: the workers and the engine alone; --only
// cold: the cold link opens alone;
// --workload series-a|enterprise: that workload alone (in the app).
const ONLY = opt('only', '');
const WORKLOAD = opt('workload', '');
// --mode link|edit: the app's runs of a link opened, or after an edit (see `appRun`); both
// unless told.
const MODES = opt('mode', '') ? [opt('mode', '')] : ['link', 'edit'];
const AGAINST = opt('against', '') && resolve(opt('against', ''));
const BROWSER = process.env.CHROMIUM || '/usr/bin/chromium';
// Streams and draws per trial (`cargo run --release --features draw-count --example draws`).
const DRAWS = { 'series-a': [258, 5326], enterprise: [3114, 102434] };

/** CPU time stolen from this VM since boot, in ms (all cores; 0 where /proc/stat is not). */
function stolenMs() {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    return Number(cpu[8] ?? 0) * 10; // USER_HZ: 100 ticks a second
  } catch {
    return 0;
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const preset = (name) => JSON.parse(readFileSync(join(repo, 'presets', `${name}.json`), 'utf8'));
const link = (workspace) => `w=1.${deflateRawSync(Buffer.from(JSON.stringify(workspace)), { level: 9 }).toString('base64url')}`;

/** Engine and floor in one worker, on a page of its own (no app running beside it). */
async function workerBench(browser, base) {
  const page = await browser.newPage();
  await page.goto(`${base}worker_loader.js`);
  const out = {};
  for (const [name, trials] of [['series-a', 1000], ['enterprise', 50]]) {
    const [streams, draws] = DRAWS[name];
    out[name] = await page.evaluate(
      async ({ scenario, trials, runs, streams, draws }) => {
        const w = new Worker('/worker_loader.js');
        await new Promise((ok) => (w.onmessage = (e) => e.data === 'ready' && ok()));
        const ask = (msg) =>
          new Promise((ok) => {
            w.onmessage = (e) => ok(e.data);
            w.postMessage(JSON.stringify(msg));
          });
        const engine = [];
        const floor = [];
        for (let i = 0; i <= runs; i += 1) {
          const t = performance.now();
          const r = await ask({ job: i + 1, key: 'bench', scenario, seed: 1, start: 0, end: trials });
          if (r.error) throw new Error(r.error);
          if (i > 0) engine.push(performance.now() - t);
          const f = await ask({ floor_streams: streams * trials, floor_draws: draws * trials });
          if (f.floor_ms === undefined) {
            throw new Error('the worker answers no floor request: build it with the bench feature (scripts/bench-browser.sh)');
          }
          if (i > 0) floor.push(f.floor_ms);
        }
        w.terminate();
        return { engine, floor };
      },
      { scenario: preset(name), trials, runs: RUNS, streams, draws },
    );
    out[name].trials = trials;
  }
  // The workers alone: series-a 10,000 trials in batches of 250 on one worker, then split
  // between two running side by side.
  out.scaling = await page.evaluate(
    async ({ scenario, runs }) => {
      const make = async () => {
        const w = new Worker('/worker_loader.js');
        await new Promise((ok) => (w.onmessage = (e) => e.data === 'ready' && ok()));
        return w;
      };
      const workers = [await make(), await make()];
      let job = 0;
      const range = (w, start, end) =>
        new Promise((ok) => {
          let at = start;
          const next = () => {
            if (at >= end) return ok();
            const stop = Math.min(end, at + 250);
            w.onmessage = () => next();
            w.postMessage(JSON.stringify({ job: ++job, key: 'scaling', scenario, seed: 1, start: at, end: stop }));
            at = stop;
          };
          next();
        });
      await Promise.all([range(workers[0], 0, 500), range(workers[1], 0, 500)]);
      const one = [];
      const two = [];
      for (let i = 0; i < runs; i += 1) {
        let t = performance.now();
        await range(workers[0], 0, 10000);
        one.push(performance.now() - t);
        t = performance.now();
        await Promise.all([range(workers[0], 0, 5000), range(workers[1], 5000, 10000)]);
        two.push(performance.now() - t);
      }
      workers.forEach((w) => w.terminate());
      return { one, two };
    },
    { scenario: preset('series-a'), runs: RUNS },
  );
  await page.close();
  return out;
}

/** Installed before the app loads: run-status changes, the first chart and long tasks, timed. */
function observe() {
  const w = (window.__bench = { status: [], chart: null, longtasks: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const read = () => {
    const el = document.querySelector('[data-testid="run-status"]');
    const t = el ? el.textContent.trim() : '';
    const last = w.status[w.status.length - 1];
    if (t && (!last || last.text !== t)) w.status.push({ text: t, at: performance.now() });
    // When the charts last finished drawing (they are drawn a chart per task after the first).
    const charts = document.querySelector('[data-testid="results"]')?.dataset.charts;
    if (charts === 'current' && w.chartsState === 'drawing') w.drawn = performance.now();
    w.chartsState = charts;
    if (w.chart === null && document.querySelector('[data-testid="chart-bookings"] svg:not([data-old])')) {
      w.chart = performance.now();
    }
  };
  new MutationObserver(read).observe(document, {
    subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-charts'],
  });
}

/**
 * One whole run in the app, on a warm page (loaded, its first run done, the workers started):
 * mode `link` times the run of a link opened there (the model replaced, as when a user opens a
 * shared link), mode `edit` opens the link untimed and then times the run after an edit (the
 * outbound share moved, as a CRO trying a strategy does). Times are from the run's start.
 */
async function appRun(browser, base, workers, workspace, mode = 'link') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(observe);
  await page.goto(`${base}?workers=${workers}`);
  const settled = () => window.__bench.status.some((s) => /^Done/.test(s.text))
    && !document.querySelector('[data-testid="results"][data-charts="drawing"]');
  await page.waitForFunction(settled, null, { timeout: 300_000 });
  // Forgets what was seen, and marks the old chart, so that the first unmarked chart seen is
  // the new run's.
  const forget = () => {
    window.__bench.status = [];
    window.__bench.chart = null;
    window.__bench.drawn = null;
    document.querySelectorAll('[data-testid="chart-bookings"] svg').forEach((e) => e.setAttribute('data-old', ''));
  };
  const finished = () => {
    const st = window.__bench.status;
    const r = st.findIndex((s) => /^Running/.test(s.text));
    return r >= 0 && st.slice(r).some((s) => /^Done/.test(s.text))
      && !document.querySelector('[data-testid="results"][data-charts="drawing"]');
  };
  const waitFinished = () => page.waitForFunction(finished, null, { timeout: 300_000, polling: 250 }).catch(async (e) => {
    console.error(JSON.stringify(await page.evaluate(() => window.__bench.status)));
    throw e;
  });
  let stolenBefore = stolenMs();
  await page.evaluate(forget);
  let opened = await page.evaluate(({ fragment }) => { location.hash = fragment; return performance.now(); }, { fragment: link(workspace) });
  await waitFinished();
  if (mode === 'edit') {
    await page.evaluate(forget);
    stolenBefore = stolenMs();
    const slider = 'input[type=range][data-testid="field-ae.outbound_share"]';
    const share = Number(await page.inputValue(slider));
    opened = await page.evaluate(() => performance.now());
    await moveSlider(page, slider, share >= 0.5 ? 0.2 : 0.6);
    await waitFinished();
  }
  const b = await page.evaluate(() => window.__bench);
  const stolen = stolenMs() - stolenBefore;
  await context.close();
  const r = b.status.findIndex((s) => /^Running/.test(s.text));
  const start = b.status[r].at;
  // "Done", or the last chart drawn if that came later.
  const done = Math.max(b.status.slice(r).find((s) => /^Done/.test(s.text)).at, b.drawn ?? 0);
  const during = b.longtasks.filter((t) => t.start >= start && t.start <= done);
  return {
    run_s: (done - start) / 1000,
    first_chart_ms: (b.chart ?? done) - start,
    opened_to_start_ms: start - opened,
    longest_task_ms: Math.max(0, ...during.map((t) => t.duration)),
    long_tasks: during.length,
    stolen_ms: stolen,
  };
}

/** Page load to the first chart of the default scenario. */
async function firstChart(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(observe);
  await page.goto(base);
  await page.waitForFunction(() => window.__bench.chart !== null, null, { timeout: 60_000 });
  const at = await page.evaluate(() => window.__bench.chart);
  await context.close();
  return at;
}

/** The CLI's wall time for series-a, 10,000 trials, 1 thread, in seconds; null without it. */
function cliRun() {
  const cli = join(repo, 'target', 'release', 'pipesim');
  if (!existsSync(cli)) return null;
  const t = process.hrtime.bigint();
  const r = spawnSync(cli, ['run', 'series-a', '--trials', '10000', '--threads', '1'], { stdio: 'ignore' });
  if (r.status !== 0) return null;
  return Number(process.hrtime.bigint() - t) / 1e9;
}

/**
 * A share link of `workspace` opened in a browser started for this run alone (a fresh profile:
 * no compiled wasm cached, no warm JIT), as a user opening a link does: the page loads, starts
 * its workers and runs the link at once. `workers` null: the page's own count (one per core).
 * Times are from the run's start ("Running" shown, the `pipesim:start` mark).
 */
async function coldRun(base, workers, workspace) {
  const browser = await launchChromium(BROWSER);
  try {
    // A first visit registers the service worker, which fetches the whole build to cache it
    // while the run starts; BENCH_SERVICE_WORKERS=block measures the page without it.
    const serviceWorkers = process.env.BENCH_SERVICE_WORKERS === 'block' ? 'block' : 'allow';
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers });
    const page = await context.newPage();
    await page.addInitScript(observe);
    await page.addInitScript(() => {
      const w = window.__bench;
      new MutationObserver(() => {
        if (w.partial === undefined && document.querySelector('[data-testid="partial-note"]')) w.partial = performance.now();
      }).observe(document, { subtree: true, childList: true });
    });
    const stolenBefore = stolenMs();
    await page.goto(`${base}${workers ? `?workers=${workers}` : ''}#${link(workspace)}`);
    const finished = () => window.__bench.status.some((s) => /^Done/.test(s.text))
      && !document.querySelector('[data-testid="results"][data-charts="drawing"]');
    await page.waitForFunction(finished, null, { timeout: 300_000, polling: 250 });
    const b = await page.evaluate(() => ({
      ...window.__bench,
      marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]),
    }));
    const stolen = stolenMs() - stolenBefore;
    await context.close();
    const at = (name) => b.marks.find(([n]) => n === name)?.[1];
    const start = at('pipesim:start') ?? b.status.find((s) => /^Running/.test(s.text)).at;
    const done = Math.max(b.status.find((s) => /^Done/.test(s.text)).at, b.drawn ?? 0);
    const during = b.longtasks.filter((t) => t.start + t.duration >= start && t.start <= done);
    return {
      load_to_start_ms: start,
      first_partial_ms: (b.partial ?? done) - start,
      first_partial_report_ms: (at('pipesim:partial-report') ?? done) - start,
      first_chart_ms: (b.chart ?? done) - start,
      run_s: (done - start) / 1000,
      longest_task_ms: Math.max(0, ...during.map((t) => t.duration)),
      long_tasks: during.map((t) => t.duration.toFixed(0)),
      stolen_ms: stolen,
    };
  } finally {
    await browser.close();
  }
}

/**
 * Cold link opens of series-a, 10,000 trials, the page's worker count and 1, turn about, on each
 * build of `builds` (`[{ name, base }]`) in turn, with the CLI's time between the rounds.
 */
async function coldRuns(builds, cores) {
  const workspace = { schema: 1, scenarios: [preset('series-a')], run: { trials: 10000, seed: 1 } };
  const counts = [[null, `${cores} (the page's own)`], [1, '1']];
  const runs = new Map(builds.map((b) => [b.name, new Map(counts.map(([w]) => [w, []]))]));
  const cli = [];
  for (let i = 0; i < RUNS; i += 1) {
    const c = cliRun();
    if (c !== null) cli.push(c);
    for (const build of builds) {
      for (const [w] of counts) runs.get(build.name).get(w).push(await coldRun(build.base, w, workspace));
    }
  }
  const cliS = cli.length ? median(cli) : null;
  if (cliS !== null) console.log(`cli series-a 10000 trials, --threads 1: ${cliS.toFixed(3)} s (runs: ${cli.map((x) => x.toFixed(3)).join(', ')})`);
  for (const build of builds) {
    const name = builds.length > 1 ? ` [${build.name}]` : '';
    for (const [w, label] of counts) {
      const rs = runs.get(build.name).get(w);
      const pick = (k) => median(rs.map((r) => r[k]));
      const ratio = cliS ? `, ${(pick('run_s') / cliS).toFixed(2)}x the CLI (runs: ${rs.map((r) => (r.run_s / cliS).toFixed(2)).join(', ')})` : '';
      console.log(
        `cold link open${name} series-a 10000 trials, ${label} worker(s): page load to run start ${pick('load_to_start_ms').toFixed(0)} ms; first partial result ${pick('first_partial_ms').toFixed(0)} ms (runs: ${rs.map((r) => r.first_partial_ms.toFixed(0)).join(', ')}; its report built at ${pick('first_partial_report_ms').toFixed(0)} ms, first chart ${pick('first_chart_ms').toFixed(0)} ms); run ${pick('run_s').toFixed(3)} s (runs: ${rs.map((r) => r.run_s.toFixed(3)).join(', ')})${ratio}; long tasks per run: ${rs.map((r) => `[${r.long_tasks.join(' ')}]`).join(' ')} ms; CPU stolen per run ${rs.map((r) => r.stolen_ms).join(', ')} ms`,
      );
    }
  }
}

/**
 * Whole runs in the app, 1 worker and every worker, turn about, on each build of `builds`
 * (`[{ name, base }]`) in turn.
 */
async function appRuns(browser, builds, cores) {
  const workloads = [
    ['series-a', { schema: 1, scenarios: [preset('series-a')], run: { trials: 10000, seed: 1 } }],
    ['enterprise', { schema: 1, scenarios: [preset('enterprise')], run: { trials: 1000, seed: 1 } }],
  ];
  const chosen = workloads.filter(([n]) => !WORKLOAD || n === WORKLOAD)
    .flatMap(([n, w]) => MODES.map((mode) => [mode === 'link' ? n : `${n} after an edit`, w, mode]));
  for (const [name, workspace, mode] of chosen) {
    // 1 and 2 workers take turns, so that a machine slowing down or speeding up over the minutes
    // of the runs moves both alike and the ratio stays fair.
    const counts = [...new Set([1, Math.min(cores, 8)])];
    const runs = new Map(builds.map((b) => [b.name, new Map(counts.map((w) => [w, []]))]));
    for (let i = 0; i < RUNS; i += 1) {
      for (const build of builds) {
        for (const workers of counts) {
          runs.get(build.name).get(workers).push(await appRun(browser, build.base, workers, workspace, mode));
        }
      }
    }
    for (const build of builds) {
      const label = builds.length > 1 ? ` [${build.name}]` : '';
      const byCount = runs.get(build.name);
      for (const workers of counts) {
        const rs = byCount.get(workers);
        const pick = (k) => median(rs.map((r) => r[k]));
        console.log(
          `app${label} ${name} ${workspace.run.trials} trials, ${workers} worker(s): run ${pick('run_s').toFixed(3)} s (runs: ${rs.map((r) => r.run_s.toFixed(2)).join(', ')}), first chart ${pick('first_chart_ms').toFixed(0)} ms, longest main-thread task ${pick('longest_task_ms').toFixed(0)} ms (${Math.max(...rs.map((r) => r.long_tasks))} long tasks at most), CPU stolen by the host per run ${rs.map((r) => r.stolen_ms).join(', ')} ms`,
        );
      }
      if (counts.length === 2) {
        const [a, b] = counts.map((w) => median(byCount.get(w).map((r) => r.run_s)));
        // The speed-up of each round's pair of runs, made a minute apart at most.
        const pairs = byCount.get(counts[0]).map((r, i) => r.run_s / byCount.get(counts[1])[i].run_s);
        console.log(`app${label} ${name}: speed-up 1 → ${counts[1]} workers ${(a / b).toFixed(2)}x (round by round: ${pairs.map((x) => x.toFixed(2)).join(', ')})`);
      }
    }
  }
}

async function main() {
  const server = await serve(DIST);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await launchChromium(BROWSER);
  const cores = await (async () => {
    const p = await browser.newPage();
    await p.goto(`${base}worker_loader.js`);
    const n = await p.evaluate(() => navigator.hardwareConcurrency);
    await p.close();
    return n;
  })();
  console.log(`Chromium ${browser.version()}, navigator.hardwareConcurrency = ${cores}, ${RUNS} runs each (median)`);

  const wasm = readdirSync(DIST).filter((f) => f.endsWith('.wasm'));
  for (const f of wasm) {
    const bytes = readFileSync(join(DIST, f));
    console.log(`size ${f}: ${(statSync(join(DIST, f)).size / 1024).toFixed(0)} KB raw, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(0)} KB gzip -9`);
  }

  // --only app: the app alone; --only workers: the workers and the engine alone; --only cold:
  // the cold link opens alone.
  const apps = !ONLY || ONLY === 'app';
  const workers = !ONLY || ONLY === 'workers';
  const colds = !ONLY || ONLY === 'cold';
  if (workers) {
    const wb = await workerBench(browser, base);
    const { one, two } = wb.scaling;
    delete wb.scaling;
    console.log(`workers alone, series-a 10000 trials: 1 worker ${(median(one) / 1000).toFixed(3)} s, 2 workers ${(median(two) / 1000).toFixed(3)} s, speed-up ${(median(one) / median(two)).toFixed(2)}x`);
    for (const [name, r] of Object.entries(wb)) {
      const e = median(r.engine);
      const f = median(r.floor);
      console.log(`worker engine ${name} ${r.trials} trials: ${e.toFixed(1)} ms (${(r.trials / (e / 1000)).toFixed(0)} trials/s); floor ${f.toFixed(2)} ms; engine/floor ${(e / f).toFixed(1)}`);
    }
  }
  if (workers && apps) {
    const loads = [];
    for (let i = 0; i < RUNS; i += 1) loads.push(await firstChart(browser, base));
    console.log(`page load to first chart (founder-led, 2000 trials): ${median(loads).toFixed(0)} ms (runs: ${loads.map((x) => x.toFixed(0)).join(', ')})`);
  }
  // The second build is served only for the app runs and cold opens, which alone compare builds.
  const other = AGAINST && (apps || colds) ? await serve(AGAINST) : null;
  const builds = [{ name: DIST, base }];
  if (other) builds.push({ name: AGAINST, base: `http://127.0.0.1:${other.address().port}/` });
  if (apps) await appRuns(browser, builds, cores);
  if (colds) await coldRuns(builds, cores);
  await browser.close();
  for (const s of [server, other].filter(Boolean)) {
    s.closeAllConnections();
    s.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
