// End-to-end test of the Pipesim browser app: a person's path through the release build.
//
//   node tests/e2e/app.e2e.mjs [--dist DIR] [--dist-sub DIR] [--artifacts DIR] [--only NAME]
//
// Serves DIR (default: dist/ at the repo root, made by `trunk build --release`) from this
// process on 127.0.0.1 (an ephemeral port), and for test 29 the build for a sub-path (default:
// dist-sub/, made by `trunk build --release --public-url /pipesim/`) under /pipesim/, drives Debian's Chromium (/usr/bin/chromium) through
// playwright-core, and takes screenshots at 1280×800 and 390×844 (the screen and the whole page)
// after each step into tests/e2e/artifacts/. Every test gets a fresh browser context. Any request
// to another origin is blocked and reported, and so is every Content-Security-Policy violation
// (a `securitypolicyviolation` event in any page), in the last check with the console errors.
// The hostile links and files of test 15 are in hostile_cases.mjs. The last line is
// `e2e: N passed, M failed`; the exit code is 1 when a test failed, 2 when the run could not
// start (no dist/, no browser).
//
// Environment: CHROMIUM (browser binary, default /usr/bin/chromium), E2E_TIMEOUT_MS (the limit
// of one wait for a run, default 240000), E2E_HEADED=1 (show the browser, needs a display).

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, moveSlider, serve } from './harness.mjs';
import { crmExport } from './crm_exports.mjs';
import { hostileCases, PWN_IMG, PWN_SCRIPT } from './hostile_cases.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');

// --- options ------------------------------------------------------------------------------
const argv = process.argv.slice(2);
function opt(name, fallback) {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : fallback;
}
const DIST = resolve(opt('dist', join(repo, 'dist')));
const DIST_SUB = resolve(opt('dist-sub', join(repo, 'dist-sub')));
const SUB_PATH = '/pipesim/'; // scripts/e2e.sh builds DIST_SUB with --public-url /pipesim/
const ARTIFACTS = resolve(opt('artifacts', join(here, 'artifacts')));
const ONLY = opt('only', null);
const BROWSER = process.env.CHROMIUM || '/usr/bin/chromium';
// The CLI, for "pipesim run '<link>' gives the browser's numbers" (scripts/e2e.sh builds it).
const PIPESIM = process.env.PIPESIM || join(repo, 'target', 'debug', 'pipesim');
const RUN_TIMEOUT = Number(process.env.E2E_TIMEOUT_MS || 240_000); // one run on 2 slow cores
const STEP_TIMEOUT = 30_000; // an element that should already be there once a run is done
const WATCHDOG_MS = 25 * 60_000; // the whole script, so CI can never hang on it

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const PRESETS = [
  'founder-led', 'vp-first', 'self-sourcing-aes', 'sdr-fed-aes', 'veteran-drift', 't-model',
  'ai-assisted', 'series-a', 'enterprise',
];
const COMPARISONS = [
  'founder-led-vp-first', 'veteran-drift-t-model', 'self-sourcing-aes-sdr-fed-aes',
];
const CHARTS = [
  'bookings', 'pipeline_created', 'open_pipeline', 'headcount', 'cost', 'by-source', 'histogram',
];
const P_GREATER = /P\(A > B\) = \d+(\.\d)?%/;

const log = (...a) => console.log('[e2e]', ...a);
const tid = (id) => `[data-testid="${id}"]`;

class Failure extends Error {}
function check(cond, message) {
  if (!cond) throw new Failure(message);
}

// --- page helpers ---------------------------------------------------------------------------

/** What is on the page, for a failure message: its data-testids, run status, some text. */
async function describePage(page) {
  try {
    return await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[data-testid]')].map((e) => e.dataset.testid);
      const counts = {};
      for (const id of ids) counts[id] = (counts[id] || 0) + 1;
      const list = Object.entries(counts).map(([k, n]) => (n > 1 ? `${k}×${n}` : k));
      const status = document.querySelector('[data-testid="run-status"]');
      const text = (document.body ? document.body.innerText : '').replace(/\s+/g, ' ').trim();
      return [
        `  run-status: ${status ? JSON.stringify(status.textContent.trim()) : '(absent)'}`,
        `  data-testids on the page (${ids.length}): ${list.length ? list.join(', ') : '(none)'}`,
        `  page text: ${JSON.stringify(text.slice(0, 300))}${text.length > 300 ? '…' : ''}`,
      ].join('\n');
    });
  } catch (e) {
    return `  (could not read the page: ${e.message})`;
  }
}

/** Waits for `selector` to be attached, or fails saying what was missing. */
async function need(page, selector, what, timeout = STEP_TIMEOUT) {
  try {
    await page.waitForSelector(selector, { state: 'attached', timeout });
  } catch {
    throw new Failure(`missing ${what} (${selector}) after ${timeout / 1000} s`);
  }
  return page.locator(selector).first();
}

/**
 * Records every text the run status shows from now on (a MutationObserver), so a wait can tell
 * a new run's "Done" from the previous one's.
 */
async function armRunWatch(page) {
  await page.evaluate(() => {
    const w = (window.__e2eRuns = { seen: [] });
    const read = () => {
      const el = document.querySelector('[data-testid="run-status"]');
      const t = el ? el.textContent.trim() : '(absent)';
      if (w.seen[w.seen.length - 1] !== t) w.seen.push(t);
    };
    read();
    w.observer && w.observer.disconnect();
    w.observer = new MutationObserver(read);
    w.observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** Text of the run status that means a run has finished. */
const DONE = /^\s*Done\b/;

/** Waits until the run status reads "Done". */
async function waitDone(page, label) {
  await need(page, tid('run-status'), 'the run status');
  try {
    await page.waitForFunction(
      // Done (in any language: data-state), and the charts drawn for the results shown (they
      // are drawn a chart per task).
      () => document.querySelector('[data-testid="run-status"]')?.dataset.state === 'done'
        && document.querySelector('[data-testid="results"][data-charts="drawing"]') === null,
      null,
      { timeout: RUN_TIMEOUT, polling: 250 },
    );
  } catch {
    const text = await page.locator(tid('run-status')).first().textContent().catch(() => '?');
    throw new Failure(
      `${label}: the run status never read "Done" within ${RUN_TIMEOUT / 1000} s (last: ${JSON.stringify(text?.trim())})`,
    );
  }
}

/**
 * After an action: waits until a new run has finished, i.e. the status reads "Done" again and
 * either it showed something else since armRunWatch, or `changedSelector`'s markup differs from
 * `before`. Returns what was observed.
 */
async function waitNewRun(page, label, { changedSelector = null, before = null } = {}) {
  try {
    await page.waitForFunction(
      ({ sel, before }) => {
        const status = document.querySelector('[data-testid="run-status"]');
        if (!status || !/^\s*Done\b/.test(status.textContent)) return false;
        const ran = (window.__e2eRuns?.seen || []).some((t) => !/^\s*Done\b/.test(t));
        const el = sel ? document.querySelector(sel) : null;
        const changed = sel !== null && el !== null && el.innerHTML !== before;
        return ran || changed;
      },
      { sel: changedSelector, before },
      { timeout: RUN_TIMEOUT, polling: 250 },
    );
  } catch {
    const seen = await page.evaluate(() => window.__e2eRuns?.seen || []).catch(() => []);
    throw new Failure(
      `${label}: no new run finished within ${RUN_TIMEOUT / 1000} s (run-status texts seen: ${JSON.stringify(seen)})`,
    );
  }
  return page.evaluate(() => window.__e2eRuns?.seen || []);
}

async function svgMarkup(page, chart) {
  return page.evaluate((sel) => document.querySelector(sel)?.innerHTML ?? null, `${tid(`chart-${chart}`)} svg`);
}

async function text(page, selector, what = selector) {
  const el = await need(page, selector, what);
  return ((await el.textContent()) || '').trim();
}

/** The desktop screen as it is now (not the whole page: a fixed overlay shows as on screen). */
async function screen(page, name) {
  const file = join(ARTIFACTS, `${name}-desktop-screen.png`);
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: file });
  return file;
}

async function screenshots(page, name) {
  const files = [];
  // The whole desktop page; on the phone what fits the screen first, then the whole page.
  const shots = [['desktop', DESKTOP, true], ['phone', PHONE, false], ['phone-full', PHONE, true]];
  for (const [label, size, fullPage] of shots) {
    await page.setViewportSize(size);
    await page.waitForTimeout(300); // let layout (and any resize-driven redraw) settle
    const file = join(ARTIFACTS, `${name}-${label}.png`);
    await page.screenshot({ path: file, fullPage });
    files.push(file);
  }
  await page.setViewportSize(DESKTOP);
  return files;
}

/** Opens the app and waits for the first run (the default scenario) to finish. */
async function openApp(page, baseUrl) {
  const response = await page.goto(baseUrl, { waitUntil: 'load', timeout: STEP_TIMEOUT });
  check(response && response.ok(), `GET ${baseUrl} answered ${response ? response.status() : 'nothing'}`);
  await need(page, tid('app'), 'the app root (the wasm app did not mount)');
  await waitDone(page, 'first run');
}

// --- links, files and storage ----------------------------------------------------------------

/** A v1 link fragment (`w=1.…`) for any JSON text, made independently of the app's encoder. */
function linkFragment(json) {
  const text = typeof json === 'string' ? json : JSON.stringify(json);
  return `w=1.${deflateRawSync(Buffer.from(text), { level: 9 }).toString('base64url')}`;
}

/** A preset file as shipped, parsed. */
function preset(name) {
  return JSON.parse(readFileSync(join(repo, 'presets', `${name}.json`), 'utf8'));
}

/** A workspace object of these scenarios. */
function workspaceOf(scenarios, run = { trials: 500, seed: 7 }) {
  return { schema: 1, scenarios, baseline: 0, run };
}

async function digests(page) {
  return page.evaluate(() => document.querySelector('[data-testid="results"]')?.dataset.digests ?? null);
}

async function scenarioNames(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-testid^="scenario-tab-"]')].map((e) => e.textContent.replace(/baseline$/, '').trim()),
  );
}

async function kpiTexts(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-testid^="kpi-"]')].map((e) => `${e.dataset.testid}=${e.textContent.trim()}`),
  );
}

/** Waits for a notice whose text matches `pattern`; returns its text. */
async function waitNotice(page, pattern, what) {
  try {
    await page.waitForFunction(
      (src) => [...document.querySelectorAll('[data-testid="notice"]')].some((n) => new RegExp(src).test(n.textContent)),
      pattern.source,
      { timeout: STEP_TIMEOUT, polling: 100 },
    );
  } catch {
    const seen = await page.evaluate(() => [...document.querySelectorAll('[data-testid="notice"]')].map((n) => n.textContent));
    throw new Failure(`${what}: no message matching ${pattern} (messages: ${JSON.stringify(seen)})`);
  }
  return page.evaluate(
    (src) => [...document.querySelectorAll('[data-testid="notice"]')].map((n) => n.textContent).find((t) => new RegExp(src).test(t)),
    pattern.source,
  );
}

async function dismissNotices(page) {
  await page.evaluate(() => document.querySelectorAll('[data-testid="notice"] button').forEach((b) => b.click()));
  await page.waitForFunction(() => !document.querySelector('[data-testid="notice"]'), null, { timeout: STEP_TIMEOUT });
}

/** Renames the scenario in the editor and waits for the re-run. */
async function renameScenario(page, name) {
  await armRunWatch(page);
  const input = await need(page, tid('scenario-name'), 'the scenario name box');
  await input.fill(name);
  await input.press('Enter');
  await input.evaluate((el) => el.blur());
  await waitNewRun(page, `after renaming to ${name}`);
}

/**
 * Elements that Pipesim's own markup never has, so that one on the page came from a link or a
 * file: images, frames, plugins, forms, a script in the body, an inline event-handler attribute.
 */
async function injectedElements(page) {
  return page.evaluate(() => {
    const found = [...document.querySelectorAll('img, iframe, object, embed, form[action], body script, base, meta[http-equiv="refresh"]')]
      .map((e) => e.outerHTML.slice(0, 80));
    for (const e of document.querySelectorAll('*')) {
      for (const a of e.attributes) if (/^on/i.test(a.name)) found.push(`${e.tagName.toLowerCase()}[${a.name}]`);
    }
    return found;
  });
}

/** Clicks `selector` and returns the download's file name and bytes. */
async function download(page, selector, what) {
  const el = await need(page, selector, what);
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: STEP_TIMEOUT }), el.click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

/** Sets a range input's value the way a drag does: `input`, then `change`. */
async function setOutbound(page, v) {
  await armRunWatch(page);
  await moveSlider(page, `input[type=range]${tid('field-ae.outbound_share')}`, v);
  await waitNewRun(page, `after setting the outbound share to ${v}`);
}

// --- the analyses (Decide) --------------------------------------------------------------------

/** The workspace a v1 link fragment (or a whole link) holds. */
function workspaceOfLink(link) {
  const m = /w=1\.([A-Za-z0-9_-]+)/.exec(link);
  check(m, `no workspace in the link ${JSON.stringify(link.slice(0, 80))}`);
  return JSON.parse(inflateRawSync(Buffer.from(m[1], 'base64url')).toString('utf8'));
}

/** Types `value` into the text box `id` of an analysis form and commits it (`change`). */
async function setBox(page, id, value) {
  const box = await need(page, tid(id), `the ${id} box`);
  await box.fill(String(value));
  await box.dispatchEvent('change');
}

/** Picks `value` in the select `id`. */
async function pick(page, id, value) {
  await need(page, tid(id), `the ${id} menu`);
  await page.selectOption(tid(id), value);
}

/**
 * Records, from now on, what the analysis panel shows at each change (a MutationObserver):
 * whether an analysis is running, its progress text, the rows of each report's table and the
 * bars of the tornado. A wait can then tell this analysis's end from an earlier one's.
 */
async function armAnalysisWatch(page) {
  await page.evaluate(() => {
    const w = (window.__e2eAnalysis = { seen: [], ranSince: false, t0: performance.now() });
    const read = () => {
      const q = (s) => document.querySelector(`[data-testid="${s}"]`);
      const rows = (s) => document.querySelectorAll(`[data-testid="${s}"] tbody tr`).length;
      const running = q('analysis-running');
      const tornado = q('chart-tornado');
      const snap = {
        t: Math.round(performance.now() - w.t0),
        running: Boolean(running),
        progress: running ? running.textContent.replace('Stop', '').trim() : null,
        tornado: rows('tornado-table'),
        bars: tornado ? tornado.querySelectorAll('svg rect').length : 0,
        sweep: rows('sweep-table'),
        seek: rows('seek-table'),
        error: q('analysis-error')?.textContent || null,
        stopped: Boolean(q('analysis-stopped')),
      };
      if (snap.running) w.ranSince = true;
      const last = w.seen[w.seen.length - 1];
      const key = (s) => JSON.stringify({ ...s, t: 0 });
      if (!last || key(last) !== key(snap)) w.seen.push(snap);
    };
    read();
    w.observer && w.observer.disconnect();
    w.observer = new MutationObserver(read);
    w.observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    window.__e2eAnalysisObserver = w.observer;
  });
}

/**
 * Waits until the analysis started after armAnalysisWatch has ended with its report `report`
 * (e.g. 'sweep-report') on screen: it was seen running, it runs no more, and no error shows.
 * Returns what the panel showed on the way.
 */
async function waitAnalysis(page, report, label) {
  try {
    await page.waitForFunction(
      (report) => {
        const w = window.__e2eAnalysis;
        const q = (s) => document.querySelector(`[data-testid="${s}"]`);
        if (q('analysis-error')) return true;
        return w && w.ranSince && !q('analysis-running') && q(report) !== null;
      },
      report,
      { timeout: RUN_TIMEOUT, polling: 100 },
    );
  } catch {
    const seen = await page.evaluate(() => window.__e2eAnalysis?.seen.slice(-5) || []).catch(() => []);
    throw new Failure(`${label}: the analysis did not finish with its ${report} within ${RUN_TIMEOUT / 1000} s (last states: ${JSON.stringify(seen)})`);
  }
  const error = await page.evaluate(() => document.querySelector('[data-testid="analysis-error"]')?.textContent || null);
  check(error === null, `${label}: ${JSON.stringify(error)}`);
  return page.evaluate(() => window.__e2eAnalysis.seen);
}

/** The text of every cell of a report's table, row by row (the row's class first). */
async function tableRows(page, table) {
  return page.evaluate(
    (sel) => [...document.querySelectorAll(`${sel} tbody tr`)].map((r) => ({
      cls: r.className,
      cells: [...r.querySelectorAll('td')].map((td) => td.textContent.trim()),
    })),
    tid(table),
  );
}

/** Waits until the analysis panel shows the element `id`, and returns its text. */
async function analysisText(page, id, what) {
  return text(page, tid(id), what);
}

/** Opens the app at `fragment`'s workspace and waits for its run. */
async function openWorkspace(page, base, workspace) {
  await openApp(page, `${base}#${linkFragment(workspace)}`);
}

/**
 * Screenshots of the analysis panel alone at 1280 and 390 px, its tables unfolded: the whole
 * page drawn at that width, clipped to the panel (so the sticky header does not cover it).
 */
async function analysisShots(page, name) {
  await page.evaluate(() => {
    document.querySelectorAll('[data-testid="analysis"] details').forEach((d) => { d.open = true; });
    document.querySelectorAll('[data-testid="analysis"] .table-wrap').forEach((w) => { w.scrollLeft = 0; });
    window.scrollTo(0, 0); // the sticky header at the page's top, not over the panel
  });
  const files = [];
  for (const [label, size] of [['desktop', DESKTOP], ['phone', PHONE]]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(400); // the charts redraw for the new width
    const box = await page.evaluate(() => {
      const r = document.querySelector('[data-testid="analysis"]').getBoundingClientRect();
      return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height };
    });
    const file = join(ARTIFACTS, `${name}-panel-${label}.png`);
    await page.screenshot({ path: file, fullPage: true, clip: box });
    files.push(file);
  }
  await page.evaluate(() => document.querySelectorAll('[data-testid="analysis"] details').forEach((d) => { d.open = false; }));
  await page.setViewportSize(DESKTOP);
  return files;
}

/** Records main-thread tasks over 50 ms from the page's start (test 13 does the same). */
function watchLongTasks(page) {
  return page.addInitScript(() => {
    window.__longtasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longtasks.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) });
    }).observe({ type: 'longtask', buffered: true });
    window.__longframes = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          window.__longframes.push({
            start: Math.round(e.startTime),
            duration: Math.round(e.duration),
            blocking: Math.round(e.blockingDuration),
            scripts: e.scripts.map((x) => `${x.invoker || x.invokerType} ${Math.round(x.duration)} ms`),
          });
        }
      }).observe({ type: 'long-animation-frame', buffered: true });
    } catch {
      // Not in this browser: the failure message then has the long tasks alone.
    }
  });
}

/** Long tasks on the main thread between `from` and `to` (performance.now() times). */
async function longTasksBetween(page, from, to) {
  return page.evaluate(({ from, to }) => ({
    tasks: window.__longtasks.filter((t) => t.start >= from && t.start <= to),
    frames: window.__longframes.filter((f) => f.start >= from - 100 && f.start <= to && f.blocking > 0),
  }), { from, to });
}

/** Which input the editor has focused: its id and its label's text. */
async function focusedField(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const label = el && el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
    return { id: el ? el.id : null, label: label ? label.firstChild?.textContent.trim() ?? label.textContent.trim() : null };
  });
}

/** Runs a tornado of the scenario shown at `trials` a point; returns what the panel showed. */
async function runTornado(page, trials, label) {
  await (await need(page, tid('tab-sensitivity'), 'the What matters most tab')).click();
  await need(page, tid('form-sensitivity'), 'the tornado settings');
  await setBox(page, 'sensitivity-trials', trials);
  await armAnalysisWatch(page);
  await (await need(page, tid('run-sensitivity'), 'the Rank the inputs button')).click();
  return waitAnalysis(page, 'sensitivity-report', label);
}

/** Runs a sweep of `field` from the sweep tab; returns what the panel showed. */
async function runSweep(page, { field, from, to, steps }, label) {
  await (await need(page, tid('tab-sweep'), 'the Sweep tab')).click();
  await need(page, tid('form-sweep'), 'the sweep settings');
  if (field) await pick(page, 'sweep-field', field);
  if (from !== undefined) await setBox(page, 'sweep-from', from);
  if (to !== undefined) await setBox(page, 'sweep-to', to);
  if (steps !== undefined) await setBox(page, 'sweep-steps', steps);
  await armAnalysisWatch(page);
  await (await need(page, tid('run-sweep'), 'the Sweep button')).click();
  return waitAnalysis(page, 'sweep-report', label);
}

/** Fills in a goal and its first lever on the seek tab (it does not run). */
async function setGoal(page, { threshold, chance, lever, from, to }) {
  await (await need(page, tid('tab-seek'), 'the Goal seek tab')).click();
  await need(page, tid('form-seek'), 'the goal seek settings');
  if (threshold !== undefined) await setBox(page, 'seek-threshold', threshold);
  if (chance !== undefined) await setBox(page, 'seek-chance', chance);
  if (lever) await pick(page, 'seek-lever1-field', lever);
  if (from !== undefined) await setBox(page, 'seek-lever1-from', from);
  if (to !== undefined) await setBox(page, 'seek-lever1-to', to);
}

/** Runs the goal seek as set; returns what the panel showed. */
async function runSeek(page, label) {
  await armAnalysisWatch(page);
  await (await need(page, tid('run-seek'), 'the Find the cheapest setting button')).click();
  return waitAnalysis(page, 'seek-report', label);
}

/**
 * Waits for a message matching `expect` from the analysis (it could not run) or from a form (a
 * setting it cannot read); returns its text, or fails with the messages shown.
 */
async function analysisProblem(page, expect, what) {
  const sel = `${tid('analysis-error')}, ${tid('sweep-problem')}, ${tid('seek-problem')}`;
  const shown = () => page.evaluate((sel) => [...document.querySelectorAll(sel)].map((e) => e.textContent.trim()), sel);
  try {
    await page.waitForFunction(
      ({ sel, src }) => [...document.querySelectorAll(sel)].some((e) => new RegExp(src).test(e.textContent.trim())),
      { sel, src: expect.source },
      { timeout: STEP_TIMEOUT, polling: 100 },
    );
  } catch {
    throw new Failure(`${what}: no message matching ${expect} within ${STEP_TIMEOUT / 1000} s (shown: ${JSON.stringify(await shown())})`);
  }
  return (await shown()).find((t) => expect.test(t));
}

/** The page is alive: the app is there, it did not crash, the run status reads Done. */
async function alive(page, what) {
  check((await page.locator(tid('app')).count()) === 1, `${what}: the app is gone from the page`);
  check((await page.locator(tid('crash')).count()) === 0, `${what}: the page crashed`);
  check(DONE.test(await text(page, tid('run-status'))), `${what}: the run status reads ${JSON.stringify(await text(page, tid('run-status')))}`);
}

/** A number as the report writes it ("$4.7M", "878K", "12.5%", "3"), or NaN. */
function shownNumber(t) {
  const m = /^(−|-)?\$?([\d,.]+)\s*([KMB%])?$/.exec(t.trim());
  if (!m) return NaN;
  const scale = { K: 1e3, M: 1e6, B: 1e9, '%': 0.01 }[m[3]] || 1;
  return (m[1] ? -1 : 1) * Number(m[2].replace(/,/g, '')) * scale;
}

/** Half a unit of the last digit `t` shows: how far a number may be from what it reads. */
function shownPrecision(t) {
  const m = /([\d,]+)(?:\.(\d+))?\s*([KMB%])?$/.exec(t.trim());
  if (!m) return 0;
  const scale = { K: 1e3, M: 1e6, B: 1e9, '%': 0.01 }[m[3]] || 1;
  return 0.5 * 10 ** -(m[2] ? m[2].length : 0) * scale;
}

// --- the tests ------------------------------------------------------------------------------

// --- accessibility (test 32) ----------------------------------------------------------------

/** axe-core's source (tests/e2e/package.json pins it), run in the page by DevTools: the page's
 *  CSP governs the page's own scripts, not an evaluation from the test, so no violation. */
const AXE_SOURCE = readFileSync(join(here, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** axe's serious and critical violations on the page as it is, each with its targets. */
async function axeViolations(page, where) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, count: v.nodes.length,
      targets: v.nodes.slice(0, 6).map((n) => n.target.join(' ')),
    }));
  }, AXE_TAGS);
  const minor = violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
  if (minor.length) log(`  axe, ${where}: ${minor.map((v) => `${v.id} (${v.impact}, ${v.count})`).join(', ')}`);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.impact}: ${v.help}) ×${v.count} at ${v.targets.join(' | ')}`);
}

/** axe at 1280 and at 390 px. */
async function axeAtBothWidths(page, where) {
  const found = [];
  for (const [label, size] of [['1280', DESKTOP], ['390', PHONE]]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(400); // the charts redraw for the width
    found.push(...(await axeViolations(page, `${where} at ${label} px`)));
  }
  await page.setViewportSize(DESKTOP);
  return found;
}

/**
 * Tabs through the whole page from its top until the focus comes back round (or `max` presses):
 * returns the controls focused without a visible focus (no outline and no box-shadow by their
 * computed style), and the visible, enabled controls Tab never reached (a radio group counts
 * as reached when one of its radios was).
 */
async function keyboardWalk(page, max = 800) {
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
    window.__walked = new Set();
    window.__walkOrder = [];
  });
  const unmarked = [];
  let presses = 0;
  for (; presses < max; presses += 1) {
    await page.keyboard.press('Tab');
    const step = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return { done: window.__walked.size > 0 };
      if (window.__walked.has(el)) return { done: true };
      window.__walked.add(el);
      const cs = getComputedStyle(el);
      const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
      const shadow = cs.boxShadow && cs.boxShadow !== 'none';
      const name = `${el.tagName.toLowerCase()}${el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : ''}${el.id ? `#${el.id}` : ''} ${JSON.stringify((el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 40))}`;
      window.__walkOrder.push(name);
      return { done: false, visible: outline || shadow, name };
    });
    if (step.done) break;
    if (!step.visible) unmarked.push(step.name);
  }
  const missed = await page.evaluate(() => {
    const controls = [...document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])')];
    const reachedGroups = new Set([...window.__walked].filter((e) => e.type === 'radio').map((e) => e.name));
    return controls
      .filter((e) => !e.disabled && e.checkVisibility({ visibilityProperty: true }) && e.getClientRects().length > 0)
      .filter((e) => !window.__walked.has(e) && !(e.type === 'radio' && reachedGroups.has(e.name)))
      .map((e) => `${e.tagName.toLowerCase()}${e.dataset.testid ? `[data-testid=${e.dataset.testid}]` : ''}${e.id ? `#${e.id}` : ''} ${JSON.stringify((e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 40))}`);
  });
  const reached = await page.evaluate(() => window.__walked.size);
  return { presses, reached, unmarked, missed };
}

/** Tabs from the page's top to the element `selector` (at most `max` presses); true when reached. */
async function tabTo(page, selector, max = 800) {
  await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement === document.querySelector(sel), selector)) return true;
  }
  return false;
}

/** Charts without a "Show the numbers" table: in their card, or (the analyses') right after it. */
async function chartsWithoutNumbers(page) {
  return page.evaluate(() => [...document.querySelectorAll('figure.chart-card')]
    .filter((f) => !f.querySelector('details.numbers table') && !f.nextElementSibling?.matches('details.numbers'))
    .map((f) => f.dataset.testid));
}

// --- dark mode and print (tests 30 and 31) ---------------------------------------------------

/** A computed CSS colour ("rgb(r, g, b)" or "rgba(…)") as [r, g, b], or null. */
function rgbOf(css) {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css || '');
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** WCAG 2's relative luminance of [r, g, b]. */
function luminanceOf([r, g, b]) {
  const lin = (c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2's contrast ratio of two computed colours. */
function contrastOf(a, b) {
  const [la, lb] = [luminanceOf(rgbOf(a)), luminanceOf(rgbOf(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * The colours the page shows now (computed, so the stylesheet's overrides of the charts'
 * attributes count): the page and a chart's card, the text on them, and the bookings chart's
 * tick labels, gridlines and median line (drawn in #0072B2).
 */
async function lookOf(page) {
  return page.evaluate(() => {
    const style = (el, p) => (el ? getComputedStyle(el)[p] : null);
    const card = document.querySelector('[data-testid="chart-bookings"]');
    const svg = card?.querySelector('svg');
    const byAttr = (sel, attr, value) => [...(svg?.querySelectorAll(sel) || [])].find((e) => (e.getAttribute(attr) || '').toUpperCase() === value);
    return {
      theme: document.documentElement.dataset.theme ?? null,
      page: style(document.documentElement, 'backgroundColor'),
      paper: style(card, 'backgroundColor'),
      heading: style(card?.querySelector('h3'), 'color'),
      kpi: style(document.querySelector('[data-testid="kpi-bookings"]'), 'color'),
      kpiLabel: style(document.querySelector('.kpi-label'), 'color'),
      tick: style(byAttr('text', 'fill', '#5B6478'), 'fill'),
      grid: style(byAttr('polyline', 'stroke', '#E3E6ED'), 'stroke'),
      median: style(byAttr('polyline', 'stroke', '#0072B2'), 'stroke'),
      medianAttr: byAttr('polyline', 'stroke', '#0072B2')?.getAttribute('stroke') ?? null,
    };
  });
}

/** Fails unless every text colour of `look` reads at 4.5:1 or more on its background. */
function checkLegible(look, what) {
  const pairs = [['heading', 'paper'], ['kpi', 'paper'], ['kpiLabel', 'paper'], ['tick', 'paper']];
  for (const [fg, bg] of pairs) {
    check(look[fg] && look[bg], `${what}: no ${fg} or ${bg} colour (${JSON.stringify(look)})`);
    const ratio = contrastOf(look[fg], look[bg]);
    check(ratio >= 4.5, `${what}: ${fg} ${look[fg]} on ${bg} ${look[bg]} is ${ratio.toFixed(2)}:1, under 4.5:1`);
  }
}

/** Screenshots at 1280 px (the whole page) and 390 px wide (the screen): `name-desktop.png`, `name-phone.png`. */
async function twoScreens(page, name) {
  const files = [];
  for (const [label, size, fullPage] of [['desktop', DESKTOP, true], ['phone', PHONE, false]]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(300);
    const file = join(ARTIFACTS, `${name}-${label}.png`);
    await page.screenshot({ path: file, fullPage });
    files.push(file);
  }
  await page.setViewportSize(DESKTOP);
  return files;
}

// --- the service worker (tests 28 and 29) -----------------------------------------------------

/** Waits until a service worker controls `page`; returns its script's address. */
async function waitControlled(page, what) {
  try {
    await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: RUN_TIMEOUT, polling: 250 });
  } catch {
    const state = await page.evaluate(async () => {
      const r = await navigator.serviceWorker?.getRegistration();
      return r ? { installing: r.installing?.state, waiting: r.waiting?.state, active: r.active?.state } : 'no registration';
    });
    throw new Failure(`${what}: no service worker took control of the page (${JSON.stringify(state)})`);
  }
  return page.evaluate(() => navigator.serviceWorker.controller.scriptURL);
}

/** The names of the page's caches (`pipesim:<scope>:<version>`, static/sw.js). */
async function cacheNames(page) {
  return page.evaluate(() => caches.keys());
}

/** The served sw.js made a new version: its build's version changed, nothing else. */
function nextServiceWorker(dist) {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const next = sw.replace(/"version":"([0-9a-f]+)"/, '"version":"$1-next"');
  check(next !== sw, `${join(dist, 'sw.js')} holds no build version: did scripts/service-worker.mjs run?`);
  return next;
}

/** Screenshots of the screen (not the whole page) at 1280 and 390 px: a fixed banner as seen. */
async function screenShots(page, name) {
  const files = [];
  for (const [label, size] of [['desktop', DESKTOP], ['phone', PHONE]]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(300);
    const file = join(ARTIFACTS, `${name}-${label}-screen.png`);
    await page.screenshot({ path: file });
    files.push(file);
  }
  await page.setViewportSize(DESKTOP);
  return files;
}

/** The pages of a PDF that Chromium wrote: its page objects, and the page tree's count. */
function pdfPages(pdf) {
  const text = pdf.toString('latin1');
  const objects = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)]
    .map((m) => Number(m[1] || m[2]));
  return { objects, count: counts.length ? Math.max(...counts) : null };
}

/** Prints the page to PDF in A4 and in Letter; fails unless each is exactly one page. */
async function checkOnePage(page, name) {
  const out = [];
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format, printBackground: true });
    const file = join(ARTIFACTS, `${name}-${format}.pdf`);
    writeFileSync(file, pdf);
    const { objects, count } = pdfPages(pdf);
    check(objects === 1 && (count === null || count === 1), `${name}: the ${format} PDF has ${objects} page objects (page tree count ${count}), not one page (${relative(process.cwd(), file)})`);
    out.push(`${format} 1 page`);
  }
  return out.join(', ');
}

/** The print view as a screenshot (an A4 page's width), and what it shows and hides. */
async function printView(page, name) {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.waitForTimeout(300);
  const file = join(ARTIFACTS, `${name}-print.png`);
  await page.screenshot({ path: file, fullPage: true });
  const shown = await page.evaluate(() => {
    const visible = (sel) => [...document.querySelectorAll(sel)].filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden').length;
    return {
      editor: visible('.editor'), side: visible('.side'), buttons: visible('button'), notices: visible('.notices'),
      kpis: visible('.kpis'), charts: visible('.chart-card svg'), comparison: visible('[data-testid="comparison"]'),
      names: [...document.querySelectorAll('.kpi-scenario')].filter((e) => e.getClientRects().length > 0).map((e) => e.textContent.trim()),
      background: getComputedStyle(document.documentElement).backgroundColor,
      paper: getComputedStyle(document.querySelector('.kpis')).backgroundColor,
      tick: getComputedStyle(document.querySelector('[data-testid="chart-bookings"] svg text')).fill,
    };
  });
  // Back to the default (not 'screen', which page.pdf would then print with).
  await page.emulateMedia({ media: null });
  await page.setViewportSize(DESKTOP);
  check(shown.editor === 0 && shown.side === 0 && shown.buttons === 0 && shown.notices === 0,
    `${name}: the print view shows the editor, side panels, buttons or notices: ${JSON.stringify(shown)}`);
  check(shown.kpis >= 1 && shown.charts >= 2 && shown.names.length >= 1, `${name}: the print view lacks KPI cards, names or charts: ${JSON.stringify(shown)}`);
  check(luminanceOf(rgbOf(shown.background)) > 0.9 && shown.paper === 'rgb(255, 255, 255)' && shown.tick === 'rgb(91, 100, 120)',
    `${name}: the print view is not light (page ${shown.background}, cards ${shown.paper}, chart labels ${shown.tick})`);
  return { file, shown };
}

const tests = [
  {
    name: '01-default-run',
    title: 'opens, runs the default scenario (founder-led) and draws the charts',
    async run(page, base) {
      await openApp(page, base);
      await need(page, `${tid('chart-bookings')} svg`, 'the bookings chart SVG');
      const missing = [];
      for (const c of CHARTS) {
        if ((await page.locator(`${tid(`chart-${c}`)} svg`).count()) === 0) missing.push(`chart-${c} svg`);
      }
      await need(page, tid('preset-list'), 'the preset list');
      for (const p of PRESETS) {
        if ((await page.locator(`${tid('preset-list')} ${tid(`preset-${p}`)}`).count()) === 0) {
          missing.push(`preset-${p} (inside preset-list)`);
        } else if (!(await page.locator(tid(`preset-rationale-${p}`)).count())) {
          missing.push(`preset-rationale-${p}`);
        } else if (!(await text(page, tid(`preset-rationale-${p}`)))) {
          missing.push(`text of preset-rationale-${p}`);
        }
      }
      for (const c of COMPARISONS) {
        if ((await page.locator(tid(`compare-${c}`)).count()) === 0) missing.push(`compare-${c}`);
      }
      if ((await page.locator(`input[type=range]${tid('field-ae.outbound_share')}`).count()) === 0) {
        missing.push('input[type=range] field-ae.outbound_share');
      }
      check(missing.length === 0, `missing: ${missing.join(', ')}`);
      const kpi = await text(page, tid('kpi-bookings'), 'the bookings KPI');
      check(/\$\s?\d/.test(kpi), `kpi-bookings should show money like "$2.1M", shows ${JSON.stringify(kpi)}`);
      // The served page carries the Content-Security-Policy, with the hash of every inline
      // script written in by scripts/csp-hashes.mjs (the trunk post_build hook).
      const html = await (await fetch(base)).text();
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html);
      check(meta, 'the served index.html has no Content-Security-Policy meta');
      const policy = meta[1];
      check(!policy.includes("'inline-script-hashes'"), `the CSP still holds the placeholder 'inline-script-hashes': ${policy}`);
      const scriptSrc = (/(?:^|;)\s*script-src ([^;]*)/.exec(policy) || [])[1] || '';
      check(!/'unsafe-inline'|'unsafe-eval'/.test(scriptSrc), `script-src allows inline or eval: ${scriptSrc}`);
      const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/\bsrc\s*=/.test(m[1]));
      check(inline.length > 0, 'no inline start-up script in the served index.html');
      for (const [, , body] of inline) {
        const hash = `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
        check(scriptSrc.split(/\s+/).includes(hash), `script-src lacks the hash ${hash} of an inline script`);
      }
      check((await page.locator('meta[http-equiv="Content-Security-Policy"]').count()) === 1, 'the page has no CSP meta');
      // Charts follow the window between phone and laptop widths, both ways and back again
      // (a return to the first size was once missed: phone, laptop, phone kept laptop charts).
      const chartWidth = async (width, size) => {
        await page.setViewportSize(size);
        const svg = `${tid('chart-bookings')} svg`;
        await page.waitForFunction(
          ([sel, w]) => (document.querySelector(sel)?.getAttribute('viewBox') || '').split(' ')[2] === String(w),
          [svg, width],
          { timeout: 5000 },
        ).catch(async () => {
          const box = await page.locator(svg).getAttribute('viewBox');
          check(false, `at ${size.width} px the bookings chart should be ${width} wide; its viewBox is ${box}`);
        });
      };
      for (const [width, size] of [[560, DESKTOP], [360, PHONE], [560, DESKTOP], [360, PHONE], [560, DESKTOP]]) {
        await chartWidth(width, size);
      }
      return `bookings KPI ${kpi}; CSP with ${inline.length} inline-script hash(es); charts follow the window`;
    },
  },
  {
    name: '02-preset-vp-first',
    title: 'picking the vp-first preset runs it and changes the results',
    async run(page, base) {
      await openApp(page, base);
      const kpiBefore = await text(page, tid('kpi-bookings'), 'the bookings KPI');
      const chartBefore = await svgMarkup(page, 'bookings');
      await armRunWatch(page);
      await (await need(page, tid('preset-vp-first'), 'the vp-first preset button')).click();
      await waitNewRun(page, 'after clicking preset-vp-first', {
        changedSelector: `${tid('chart-bookings')} svg`,
        before: chartBefore,
      });
      await need(page, `${tid('chart-bookings')} svg`, 'the bookings chart SVG after the preset run');
      const kpiAfter = await text(page, tid('kpi-bookings'), 'the bookings KPI after the preset run');
      check(/\$\s?\d/.test(kpiAfter), `kpi-bookings after vp-first shows ${JSON.stringify(kpiAfter)}`);
      const chartAfter = await svgMarkup(page, 'bookings');
      check(
        kpiAfter !== kpiBefore || chartAfter !== chartBefore,
        `neither the bookings KPI (${kpiBefore}) nor the bookings chart changed after picking vp-first`,
      );
      return `bookings KPI ${kpiBefore} → ${kpiAfter}`;
    },
  },
  {
    name: '03-outbound-share',
    title: 'moving the outbound-share slider re-runs and redraws the bookings chart',
    async run(page, base) {
      await openApp(page, base);
      const sel = `input[type=range]${tid('field-ae.outbound_share')}`;
      const slider = await need(page, sel, 'the outbound share slider');
      const current = Number(await slider.inputValue());
      const target = Math.abs(current - 0.15) < 0.005 ? 0.3 : 0.15;
      const chartBefore = await svgMarkup(page, 'bookings');
      check(chartBefore !== null, 'missing the bookings chart SVG before moving the slider');
      await armRunWatch(page);
      await moveSlider(page, sel, target);
      await waitNewRun(page, `after setting the outbound share to ${target}`, {
        changedSelector: `${tid('chart-bookings')} svg`,
        before: chartBefore,
      });
      // The chart must differ once the re-run is drawn (it may lag the status by a render).
      try {
        await page.waitForFunction(
          ({ s, before }) => {
            const el = document.querySelector(s);
            return el !== null && el.innerHTML !== before;
          },
          { s: `${tid('chart-bookings')} svg`, before: chartBefore },
          { timeout: STEP_TIMEOUT, polling: 250 },
        );
      } catch {
        throw new Failure(`the bookings chart SVG did not change after setting the outbound share ${current} → ${target}`);
      }
      const now = Number(await page.locator(sel).first().inputValue());
      check(Math.abs(now - target) < 0.005, `the slider reads ${now} after being set to ${target}`);
      return `outbound share ${current} → ${target}`;
    },
  },
  {
    name: '04-compare-veteran-drift-t-model',
    title: 'the veteran-drift vs t-model comparison shows P(A > B) and the difference chart',
    async run(page, base) {
      await openApp(page, base);
      await armRunWatch(page);
      await (await need(page, tid('compare-veteran-drift-t-model'), 'the compare-veteran-drift-t-model button')).click();
      await need(page, tid('comparison'), 'the comparison panel', RUN_TIMEOUT);
      await waitNewRun(page, 'after clicking compare-veteran-drift-t-model', {
        changedSelector: tid('p-greater'),
        before: null,
      });
      await waitDone(page, 'the comparison run');
      const p = await need(page, `${tid('comparison')} ${tid('p-greater')}`, 'p-greater inside the comparison');
      const pText = ((await p.textContent()) || '').trim();
      check(P_GREATER.test(pText), `p-greater reads ${JSON.stringify(pText)}, expected like "P(A > B) = 63.2%"`);
      await need(page, `${tid('chart-difference')} svg`, 'the difference chart SVG');
      await need(page, tid('scenario-tab-0'), 'scenario-tab-0');
      await need(page, tid('scenario-tab-1'), 'scenario-tab-1');
      // The verdict weighs the difference with its likelihood and the extra cost.
      const comparison = await text(page, tid('verdict-comparison'), 'the comparison’s verdict');
      check(/t-model books \$[\d.]+[KM] (more|less)/.test(comparison) && /\((virtually certain|very likely|likely|about as likely as not|unlikely|very unlikely|exceptionally unlikely)/.test(comparison) || /that it books more/.test(comparison),
        `the comparison's verdict reads ${JSON.stringify(comparison)}`);
      check(/cost/.test(comparison), `the comparison's verdict says nothing of cost: ${JSON.stringify(comparison)}`);
      return `${pText}; verdict: ${comparison}`;
    },
  },
  {
    name: '06-share-link',
    title: 'a copied link opens the same workspace with bit-identical numbers, in a fresh browser and in the CLI; a reload keeps the work',
    contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
    async run(page, base, env) {
      await openApp(page, base);
      await armRunWatch(page);
      await (await need(page, tid('compare-founder-led-vp-first'), 'the founder-led vs vp-first button')).click();
      await waitNewRun(page, 'after opening the comparison');
      await armRunWatch(page);
      await page.selectOption(tid('trials'), '500');
      await waitNewRun(page, 'after choosing 500 trials');
      await renameScenario(page, 'VP first — «Équipe» <b>bold</b>');
      await setOutbound(page, 0.2);
      await waitDone(page, 'the built workspace');

      await (await need(page, tid('copy-link'), 'the Copy link button')).click();
      try {
        await page.waitForFunction(() => /Link copied/.test(document.querySelector('[data-testid="copy-link"]').textContent), null, { timeout: STEP_TIMEOUT });
      } catch {
        throw new Failure('the Copy link button never confirmed the copy');
      }
      const link = await page.evaluate(() => navigator.clipboard.readText());
      check(link.startsWith(`${base}#w=1.`), `the copied link is ${JSON.stringify(link.slice(0, 80))}`);
      check(link.length < 1500, `the link is ${link.length} characters`);
      await page.waitForFunction((l) => location.href === l, link, { timeout: STEP_TIMEOUT }).catch(() => {
        throw new Failure('the address bar does not hold the copied link');
      });
      const history = await page.evaluate(() => history.length);
      check(history <= 2, `edits added ${history} history entries; the address bar must use replaceState`);
      const sent = { digests: await digests(page), kpis: await kpiTexts(page), names: await scenarioNames(page) };
      check(sent.digests && sent.digests.split(',').length === 2, `sender digests: ${sent.digests}`);

      const other = await env.freshPage();
      await openApp(other, link);
      const got = { digests: await digests(other), kpis: await kpiTexts(other), names: await scenarioNames(other) };
      check(JSON.stringify(got.names) === JSON.stringify(sent.names), `names ${JSON.stringify(got.names)} ≠ ${JSON.stringify(sent.names)}`);
      check(got.digests === sent.digests, `run digests differ: sender ${sent.digests}, receiver ${got.digests}`);
      check(JSON.stringify(got.kpis) === JSON.stringify(sent.kpis), `KPIs differ:\n  ${sent.kpis}\n  ${got.kpis}`);

      // The CLI runs the same link to exactly the browser's numbers.
      const report = JSON.parse(execFileSync(PIPESIM, ['run', link, '--format', 'json'], { encoding: 'utf8' }));
      const shown = await other.evaluate(() => [...document.querySelectorAll('[data-p50]')].map((e) => Number(e.dataset.p50)));
      const cli = report.scenarios.map((sc) => sc.metrics.find((m) => m.key === 'bookings.total').horizon.p50);
      check(JSON.stringify(shown) === JSON.stringify(cli), `browser median bookings ${shown} ≠ CLI ${cli}`);

      // A reload, and a visit without the link, keep the work (autosave).
      await renameScenario(other, 'Edited by the receiver');
      await other.reload();
      await waitDone(other, 'after a reload');
      const afterReload = await scenarioNames(other);
      check(afterReload.includes('Edited by the receiver'), `after a reload the scenarios are ${JSON.stringify(afterReload)}`);
      await openApp(other, base);
      const afterVisit = await scenarioNames(other);
      check(afterVisit.includes('Edited by the receiver'), `a visit without a link shows ${JSON.stringify(afterVisit)}`);
      return `link of ${link.length} characters; digests ${sent.digests}; CLI medians ${cli.map((x) => Math.round(x)).join(', ')}`;
    },
  },
  {
    name: '07-hostile-links',
    title: 'a broken link on a fresh load keeps the autosaved work; names from links are text (the bad links themselves are in 15)',
    async run(page, base) {
      await openApp(page, base);
      await renameScenario(page, 'My work');
      await waitDone(page, 'my work');
      // A fresh load of the page at a broken link: the autosaved work stays.
      const second = await page.context().newPage();
      await second.goto(`${base}#w=1.AAAA`);
      await need(second, tid('app'), 'the app on a fresh load');
      await waitNotice(second, /could not be opened/, 'a broken link on a fresh load');
      await waitDone(second, 'the fresh load');
      const names2 = await scenarioNames(second);
      check(names2.includes('My work'), `a fresh load with a broken link shows ${JSON.stringify(names2)}`);
      await second.close();
      // A valid link whose scenario names are markup: opened, and shown as text.
      const hostile = workspaceOf([{ ...preset('founder-led'), name: PWN_IMG }, { schema: 1, name: PWN_SCRIPT }]);
      await page.goto(`${base}#${linkFragment(hostile)}`);
      await waitNotice(page, /Opened the shared link\. Your previous work is kept in Saved models/, 'the hostile-name link');
      await waitDone(page, 'the hostile-name workspace');
      const names3 = await scenarioNames(page);
      check(names3[0] === PWN_IMG && names3[1] === PWN_SCRIPT, `names shown: ${JSON.stringify(names3)}`);
      const listed = await page.evaluate(() => [...document.querySelectorAll('.model-name')].map((e) => e.textContent));
      check(listed.includes('Draft: My work'), `the work the link replaced is not a draft: ${JSON.stringify(listed)}`);
      const injected = await injectedElements(page);
      check(injected.length === 0, `elements injected from a link: ${injected.join(', ')}`);
      check((await page.evaluate(() => window.__pwned)) === undefined, 'a name from a link ran as script (window.__pwned is set)');
      return 'a broken link on a fresh load kept the work; markup names shown as text';
    },
  },
  {
    name: '08-saved-models',
    title: 'save, rename, duplicate, delete and open models; drafts keep work a link replaced; corrupt and full storage give messages',
    async run(page, base, env) {
      await openApp(page, base);
      await renameScenario(page, 'Plan A');
      const nameBox = await need(page, tid('save-name'), 'the save name box');
      await nameBox.fill('Plan A');
      await (await need(page, tid('save-model'), 'the Save button')).click();
      await page.waitForFunction(() => /Saved as “Plan A”/.test(document.querySelector('[data-testid="save-status"]').textContent), null, { timeout: STEP_TIMEOUT });
      await setOutbound(page, 0.25);
      check(/Unsaved changes/.test(await text(page, tid('save-status'))), 'an edit after saving is not shown as unsaved');
      // A link opened over unsaved work: the work becomes a draft.
      await page.goto(`${base}#${linkFragment(workspaceOf([preset('vp-first')]))}`);
      await waitNotice(page, /kept in Saved models as “Draft: Plan A”/, 'opening a link over unsaved work');
      await waitDone(page, 'the linked workspace');
      const listed = await page.evaluate(() => [...document.querySelectorAll('[data-testid^="model-"]')].map((e) => e.querySelector('.model-name')?.textContent));
      check(listed.includes('Plan A') && listed.includes('Draft: Plan A'), `the library lists ${JSON.stringify(listed)}`);
      // Rename, duplicate, delete.
      await (await need(page, tid('rename-model-1'), 'Rename of model 1')).click();
      const box = await need(page, tid('rename-input-1'), 'the rename box');
      await box.fill('Plan A (final)');
      await box.press('Enter');
      await page.waitForFunction(() => document.querySelector('[data-testid="model-1"] .model-name')?.textContent === 'Plan A (final)', null, { timeout: STEP_TIMEOUT });
      await (await need(page, tid('duplicate-model-1'), 'Duplicate of model 1')).click();
      await page.waitForFunction(() => [...document.querySelectorAll('.model-name')].some((e) => e.textContent === 'Plan A (final) copy'), null, { timeout: STEP_TIMEOUT });
      await (await need(page, tid('delete-model-3'), 'Delete of the copy')).click();
      await (await need(page, tid('confirm-delete-3'), 'the delete confirmation')).click();
      await page.waitForFunction(() => !document.querySelector('[data-testid="model-3"]'), null, { timeout: STEP_TIMEOUT });
      // Open the saved model and the draft.
      await armRunWatch(page);
      await (await need(page, tid('open-model-1'), 'Open of model 1')).click();
      await waitNewRun(page, 'after opening Plan A');
      check((await scenarioNames(page))[0] === 'Plan A', `opening Plan A shows ${JSON.stringify(await scenarioNames(page))}`);
      await armRunWatch(page);
      await (await need(page, tid('open-model-2'), 'Open of the draft')).click();
      await waitNewRun(page, 'after opening the draft');
      const slider = Number(await page.locator(`input[type=range]${tid('field-ae.outbound_share')}`).first().inputValue());
      check(Math.abs(slider - 0.25) < 1e-9, `the draft has outbound share ${slider}, not the 0.25 set before the link`);
      // A reload keeps the library.
      await page.reload();
      await waitDone(page, 'after a reload');
      check((await page.locator('[data-testid^="model-"]').count()) === 2, 'the library did not survive a reload');
      // Unreadable library: a message, the text kept under a backup key, the workspace kept.
      await page.evaluate(() => localStorage.setItem('pipesim.library', '{"format": 1, "models": [oops'));
      await page.reload();
      await waitNotice(page, /could not read your saved models.*pipesim\.unreadable\.\d+\.pipesim\.library/, 'an unreadable library');
      const kept = await page.evaluate(() => {
        const key = Object.keys(localStorage).find((k) => /^pipesim\.unreadable\.\d+\.pipesim\.library$/.test(k));
        return key ? localStorage.getItem(key) : null;
      });
      check(kept === '{"format": 1, "models": [oops', `the backup holds ${JSON.stringify(kept)}`);
      await waitDone(page, 'after the unreadable library');
      // Full storage: a message, the work stays on screen.
      await page.evaluate(() => {
        Storage.prototype.setItem = function () {
          throw new DOMException('full', 'QuotaExceededError');
        };
      });
      await renameScenario(page, 'Too big to store');
      await waitNotice(page, /storage is full/, 'full storage');
      check((await scenarioNames(page))[0] === 'Too big to store', 'the work left the screen when storage was full');
      // Blocked storage (e.g. a privacy setting): a message, and the app works from memory.
      const blocked = await env.freshPage();
      await blocked.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('blocked', 'SecurityError');
          },
        });
      });
      await openApp(blocked, base);
      await waitNotice(blocked, /does not let Pipesim use its local storage/, 'blocked storage');
      await renameScenario(blocked, 'Still works');
      check((await scenarioNames(blocked))[0] === 'Still works', 'the app stopped working with storage blocked');
      return 'saved, renamed, duplicated, deleted, opened; draft kept; corrupt, full and blocked storage reported';
    },
  },
  {
    name: '09-files',
    title: 'downloads (JSON, CSV, SVG, PNG) and opening files by picker and drag and drop; a bad file changes nothing',
    async run(page, base) {
      await openApp(page, base);
      const json = await download(page, tid('download-json'), 'Download JSON');
      check(json.name === 'founder-led.json', `the JSON download is named ${json.name}`);
      const saved = JSON.parse(json.bytes.toString('utf8'));
      check(saved.schema === 1 && saved.scenarios[0].name === 'founder-led', 'the JSON download is not the workspace');
      const csv = await download(page, tid('csv-summaries'), 'the summaries CSV');
      check(csv.bytes.toString('utf8').startsWith('scenario,metric,period,mean,sd,p5'), 'the summaries CSV has the wrong header');
      const samples = await download(page, tid('csv-samples'), 'the samples CSV');
      const lines = samples.bytes.toString('utf8').trim().split('\n');
      check(lines[0].startsWith('scenario,trial,') && lines.length === 2001, `the samples CSV has ${lines.length} lines`);
      const svg = await download(page, tid('svg-chart-bookings'), 'the bookings SVG');
      check(svg.name === 'pipesim-bookings.svg' && svg.bytes.toString('utf8').startsWith('<svg'), `the SVG download is ${svg.name}`);
      const png = await download(page, tid('png-chart-bookings'), 'the bookings PNG');
      check(png.bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'the PNG download is not a PNG');
      check(png.bytes.length > 5000, `the PNG is only ${png.bytes.length} bytes`);

      // The downloaded file opens again; an edited one by the picker.
      saved.scenarios[0].name = 'Imported plan';
      await armRunWatch(page);
      await page.setInputFiles(tid('import-file'), { name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(saved)) });
      await waitNotice(page, /Opened the file plan\.json/, 'opening plan.json');
      await waitNewRun(page, 'after opening plan.json');
      check((await scenarioNames(page))[0] === 'Imported plan', 'the picked file did not open');
      await dismissNotices(page);
      // A file that is not a workspace.
      await page.setInputFiles(tid('import-file'), { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
      await waitNotice(page, /notes\.json could not be opened, and your workspace is unchanged/, 'opening notes.json');
      check((await scenarioNames(page))[0] === 'Imported plan', 'a bad file changed the workspace');
      await page.setInputFiles(tid('import-file'), { name: 'photo.png', mimeType: 'image/png', buffer: png.bytes });
      await waitNotice(page, /photo\.png could not be opened/, 'opening a PNG');
      await page.setInputFiles(tid('import-file'), { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(5 * 1024 * 1024, 32) });
      await waitNotice(page, /huge\.json could not be opened.*the most Pipesim reads is 4 MB/, 'opening a 5 MB file');
      await page.setInputFiles(tid('import-file'), { name: 'future.json', mimeType: 'application/json', buffer: Buffer.from('{"schema": 2, "scenarios": []}') });
      await waitNotice(page, /future\.json could not be opened.*newer version/, 'opening a file from a newer version');
      check((await scenarioNames(page))[0] === 'Imported plan', 'a bad file changed the workspace');
      // Drag and drop.
      await armRunWatch(page);
      await page.evaluate((text) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
        const app = document.querySelector('[data-testid="app"]');
        app.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
        app.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      }, JSON.stringify(workspaceOf([preset('enterprise'), preset('series-a')], { trials: 500, seed: 3 })));
      await waitNotice(page, /Opened the file dropped\.json/, 'dropping a file');
      await waitNewRun(page, 'after dropping a file');
      const names = await scenarioNames(page);
      check(names[0] === 'enterprise' && names[1] === 'series-a', `the dropped file shows ${JSON.stringify(names)}`);
      return `downloads ${[json, csv, samples, svg, png].map((d) => d.name).join(', ')}; picker and drop open files`;
    },
  },
  {
    name: '11-two-tabs',
    title: 'two tabs never overwrite each other; a quick reload makes no draft; a closed tab’s unsaved work comes back as a draft',
    async run(page, base, env) {
      await openApp(page, base);
      await renameScenario(page, 'Work in A');
      // Reload at once after an edit, before the address bar has caught up: no draft appears.
      const box = await need(page, tid('scenario-name'), 'the scenario name box');
      await box.fill('Work in A 2');
      await box.press('Enter');
      await page.waitForFunction(() => [...document.querySelectorAll('[data-testid^="scenario-tab-"]')].some((e) => e.textContent.includes('Work in A 2')), null, { timeout: STEP_TIMEOUT });
      await page.reload();
      await waitDone(page, 'after a quick reload');
      check((await scenarioNames(page))[0] === 'Work in A 2', `after a quick reload: ${JSON.stringify(await scenarioNames(page))}`);
      const drafts = await page.locator('[data-testid^="model-"]').count();
      check(drafts === 0, `a quick reload made ${drafts} library entries`);
      // A second tab starts from the newest work, then opens a link over it: a draft.
      const b = await env.newTab();
      await openApp(b, base);
      check((await scenarioNames(b))[0] === 'Work in A 2', `tab B starts from ${JSON.stringify(await scenarioNames(b))}`);
      await b.goto(`${base}#${linkFragment(workspaceOf([preset('t-model')]))}`);
      await waitNotice(b, /kept in Saved models as “Draft: Work in A 2”/, 'tab B opening a link');
      // Tab A sees that draft, and saving in A keeps it.
      await page.waitForFunction(() => [...document.querySelectorAll('.model-name')].some((e) => e.textContent === 'Draft: Work in A 2'), null, { timeout: STEP_TIMEOUT }).catch(() => {
        throw new Failure('tab A never showed the draft made in tab B');
      });
      await (await need(page, tid('save-name'), 'the save name box')).fill('Saved in A');
      await (await need(page, tid('save-model'), 'the Save button')).click();
      await page.waitForFunction(() => /Saved as “Saved in A”/.test(document.querySelector('[data-testid="save-status"]').textContent), null, { timeout: STEP_TIMEOUT });
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('pipesim.library')).models.map((m) => m.name));
      check(stored.includes('Saved in A') && stored.includes('Draft: Work in A 2'), `the stored library holds ${JSON.stringify(stored)}`);
      // Unsaved work in both tabs; B (the newest) closes; a new tab continues B's work, and A's
      // unsaved work is kept as a draft.
      await renameScenario(page, 'Unsaved in A');
      await renameScenario(b, 'Work in B');
      await b.close();
      const c = await env.newTab();
      await openApp(c, base);
      check((await scenarioNames(c))[0] === 'Work in B', `the new tab continues ${JSON.stringify(await scenarioNames(c))}`);
      const listed = await c.evaluate(() => [...document.querySelectorAll('.model-name')].map((e) => e.textContent));
      check(listed.includes('Draft: Unsaved in A'), `the new tab's library lists ${JSON.stringify(listed)}`);
      return `library ${JSON.stringify(listed)}`;
    },
  },
  {
    name: '13-workers',
    // The worker script of the page whose workers cannot load.
    expectedMissing: [/\/no-such-worker\.js$/],
    title: 'runs on web workers: the same bits with 1 and 2 workers, after a worker crash and on the page when workers cannot load; partial charts stream in; no main-thread task over 50 ms',
    async run(page, base, env) {
      const workspace = workspaceOf([preset('series-a'), preset('self-sourcing-aes')], { trials: 3000, seed: 11 });
      const fragment = linkFragment(workspace);
      const digestsWith = async (p, query) => {
        await openApp(p, `${base}${query}#${fragment}`);
        return digests(p);
      };
      const one = await digestsWith(await env.freshPage(), '?workers=1');
      const two = await digestsWith(await env.freshPage(), '?workers=2');
      check(one && one === two, `digests differ by worker count: 1 worker ${one}, 2 workers ${two}`);
      // A worker that crashes on its third batch is replaced and the batch run again.
      const crashing = await env.freshPage();
      await crashing.addInitScript(() => {
        const Real = window.Worker;
        window.__crashes = 0;
        window.Worker = class extends Real {
          constructor(...args) {
            super(...args);
            this.sent = 0;
          }
          postMessage(...args) {
            this.sent += 1;
            if (window.__crashes === 0 && this.sent === 3) {
              window.__crashes += 1;
              this.terminate();
              setTimeout(() => this.dispatchEvent(new ErrorEvent('error', { message: 'simulated crash' })), 0);
              return;
            }
            super.postMessage(...args);
          }
        };
      });
      const afterCrash = await digestsWith(crashing, '?workers=2');
      check((await crashing.evaluate(() => window.__crashes)) === 1, 'the simulated crash did not happen');
      check(afterCrash === one, `after a worker crash the digests are ${afterCrash}, not ${one}`);
      // Workers whose script cannot load (a plain `error` Event, not an ErrorEvent): the page
      // runs the trials itself, with the same bits and no crash.
      const unloadable = await env.freshPage();
      await unloadable.addInitScript(() => {
        const Real = window.Worker;
        window.Worker = class extends Real {
          constructor(_url, options) {
            super('/no-such-worker.js', options);
          }
        };
      });
      const onThePage = await digestsWith(unloadable, '?workers=2');
      check((await unloadable.locator(tid('crash')).count()) === 0, 'the page crashed when its workers could not load');
      check(onThePage === one, `with workers that cannot load the digests are ${onThePage}, not ${one}`);
      // A big run on a warm page: partial results first, no long task on the main thread, and
      // the address bar left alone until the run ends (writing it costs the main thread ~14 ms).
      await page.addInitScript(() => {
        // Requests that carry a spent answer buffer back to a worker (pool's spares).
        window.__sparesSent = 0;
        const post = Worker.prototype.postMessage;
        Worker.prototype.postMessage = function (message, transfer) {
          if (Array.isArray(transfer) && transfer.some((t) => t instanceof ArrayBuffer)) window.__sparesSent += 1;
          return post.call(this, message, transfer);
        };
        window.__addressWrites = [];
        const replace = history.replaceState.bind(history);
        history.replaceState = (...args) => {
          window.__addressWrites.push(performance.now());
          return replace(...args);
        };
        window.__longtasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask', buffered: true });
        // Long animation frames name the scripts in them: what a failure message shows.
        window.__longframes = [];
        try {
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) {
              window.__longframes.push({
                start: Math.round(e.startTime),
                duration: Math.round(e.duration),
                blocking: Math.round(e.blockingDuration),
                scripts: e.scripts.map((x) => `${x.invoker || x.invokerType} ${Math.round(x.duration)} ms`),
              });
            }
          }).observe({ type: 'long-animation-frame', buffered: true });
        } catch {
          // Not in this browser: the failure message then has the long tasks alone.
        }
      });
      await openApp(page, base);
      await armRunWatch(page);
      const started = await page.evaluate((f) => {
        location.hash = f;
        return performance.now();
      }, linkFragment(workspaceOf([preset('series-a')], { trials: 10000, seed: 1 })));
      await need(page, tid('partial-note'), 'the partial-results note while the run streams in', RUN_TIMEOUT);
      await waitNewRun(page, 'the 10,000-trial run');
      const ended = await page.evaluate(() => performance.now());
      // The run's end: its full report (the mark the pool puts on the timeline).
      const writes = await page.evaluate((started) => {
        const report = performance.getEntriesByName('pipesim:report').find((m) => m.startTime >= started);
        const end = report ? report.startTime : performance.now();
        return window.__addressWrites.filter((t) => t >= started && t < end).map((t) => Math.round(t - started));
      }, started);
      check(writes.length === 0, `the address bar was written during the run, ${writes.join(', ')} ms after its start`);
      // …and once it is over (the test's link is not encoded as the app encodes it).
      await page.waitForFunction((started) => {
        const report = performance.getEntriesByName('pipesim:report').find((m) => m.startTime >= started);
        return report && window.__addressWrites.some((t) => t > report.startTime);
      }, started, { timeout: STEP_TIMEOUT }).catch(() => {
        throw new Failure('the address bar never followed the link after the run');
      });
      const spares = await page.evaluate(() => window.__sparesSent);
      check(spares > 10, `only ${spares} requests carried a spent answer buffer back to a worker`);
      const long = await page.evaluate(
        ({ started, ended }) => window.__longtasks.filter((t) => t.start >= started && t.start <= ended),
        { started, ended },
      );
      if (long.length) {
        const around = await page.evaluate(({ started, ended }) => ({
          frames: window.__longframes.filter((f) => f.start >= started - 100 && f.start <= ended && f.blocking > 0),
          marks: performance.getEntriesByType('mark').filter((m) => m.startTime >= started).map((m) => `${m.name}@${Math.round(m.startTime)}`),
        }), { started, ended });
        check(false, `main-thread tasks over 50 ms during the run: ${JSON.stringify(long)}; long frames ${JSON.stringify(around.frames)}; marks ${around.marks.join(' ')}`);
      }
      return `digests ${one} with 1 and 2 workers, after a crash and on the page; 10,000 trials in ${((ended - started) / 1000).toFixed(2)} s with no long task`;
    },
  },
  {
    name: '15-hostile-suite',
    title: 'every hostile link and file (tests/e2e/hostile_cases.mjs) gives a clear message, leaves the workspace and its results alone, and runs no script',
    async run(page, base, env) {
      const cases = hostileCases({ linkFragment, preset, workspaceOf });
      check(cases.length >= 30, `only ${cases.length} hostile cases`);
      const dialogs = [];
      page.on('dialog', (d) => dialogs.push(`${d.type()}: ${d.message()}`));
      await openApp(page, base);
      await renameScenario(page, 'My work');
      await waitDone(page, 'my work');
      const state = async (p) => ({
        names: await scenarioNames(p),
        digests: await digests(p),
        status: (await text(p, tid('run-status'), 'the run status')).trim(),
      });
      const before = await state(page);
      check(before.digests, 'no run digests before the hostile cases');
      const failures = [];
      const seen = []; // every case with the message it gave, written to the artifacts
      const refused = cases.filter((c) => !c.opens && c.kind !== 'load');
      const loads = cases.filter((c) => c.kind === 'load');
      const opens = cases.filter((c) => c.opens);

      /** Hands the case's input to `p`, the way its kind says. */
      async function deliver(p, c) {
        const bytes = Buffer.isBuffer(c.payload) ? c.payload : Buffer.from(c.payload, 'utf8');
        switch (c.kind) {
          case 'link':
          case 'load':
            await p.goto(`${base}#${c.payload}`, { waitUntil: 'commit' });
            break;
          case 'file':
          case 'paste':
            await p.setInputFiles(tid('import-file'), { name: c.file, mimeType: c.kind === 'paste' ? 'text/plain' : 'application/json', buffer: bytes });
            break;
          case 'drop':
            await p.evaluate(({ name, data }) => {
              const dt = new DataTransfer();
              dt.items.add(new File([new Uint8Array(data)], name, { type: 'application/json' }));
              const app = document.querySelector('[data-testid="app"]');
              app.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
              app.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
            }, { name: c.file, data: [...bytes] });
            break;
          default:
            throw new Failure(`case ${c.name}: unknown kind ${c.kind}`);
        }
      }

      /** The first notice's text, once one shows. */
      async function firstNotice(p, c) {
        try {
          await p.waitForFunction(() => document.querySelector('[data-testid="notice"]'), null, { timeout: STEP_TIMEOUT, polling: 100 });
        } catch {
          throw new Failure(`no message within ${STEP_TIMEOUT / 1000} s (run status ${JSON.stringify(await p.locator(tid('run-status')).first().textContent().catch(() => '?'))})`);
        }
        const all = await p.evaluate(() => [...document.querySelectorAll('[data-testid="notice"]')].map((n) => (n.querySelector('p') || n).textContent.trim()));
        check(all.length === 1, `${all.length} messages: ${JSON.stringify(all.map((t) => t.slice(0, 200)))}`);
        return all[0];
      }

      /** What must hold after any case: no script ran, nothing injected, the page alive. */
      async function unharmed(p) {
        check((await p.evaluate(() => window.__pwned)) === undefined, 'a payload ran as script (window.__pwned is set)');
        check((await p.evaluate(() => ({}).polluted)) === undefined, 'Object.prototype was polluted');
        const injected = await injectedElements(p);
        check(injected.length === 0, `elements injected: ${injected.join(', ')}`);
        check((await p.locator(tid('crash')).count()) === 0, 'the page crashed (the crash notice shows)');
        check((await p.locator(tid('app')).count()) === 1, 'the app is gone from the page');
        check(dialogs.length === 0, `a dialog opened: ${dialogs.join('; ')}`);
      }

      /** The message names what is wrong; the workspace and its results are as before. */
      async function refusedAsExpected(p, c, message) {
        const prefix = ['link', 'load'].includes(c.kind)
          ? 'This link could not be opened, and your workspace is unchanged. Why: '
          : `The file ${c.file} could not be opened, and your workspace is unchanged. Why: `;
        const shown = message;
        seen.push({ case: c.name, kind: c.kind, chars: shown.length, message: shown.slice(0, 600) });
        check(shown.startsWith(prefix), `the message does not start ${JSON.stringify(prefix)}: ${JSON.stringify(shown.slice(0, 300))}`);
        const why = shown.slice(prefix.length);
        check(c.expect.test(why), `the reason does not match ${c.expect}: ${JSON.stringify(why.slice(0, 400))}`);
        check(shown.length <= 1500, `the message is ${shown.length} characters long, too long to read: ${JSON.stringify(shown.slice(0, 200))}…`);
        if (c.literal) check(shown.includes(c.literal), `the message does not show ${JSON.stringify(c.literal)} as text`);
        // A run that the input started would show within the debounce; give it the chance.
        await p.waitForTimeout(400);
        const now = await state(p);
        check(JSON.stringify(now.names) === JSON.stringify(before.names), `the scenarios are now ${JSON.stringify(now.names)}, were ${JSON.stringify(before.names)}`);
        check(now.digests === before.digests, `the run digests are now ${now.digests}, were ${before.digests}`);
        check(DONE.test(now.status), `the run status reads ${JSON.stringify(now.status)}`);
        await unharmed(p);
      }

      const knownBugs = [];
      /** Runs one case; a case marked knownBug is reported, not failed, until it passes. */
      async function attempt(c, body) {
        let error = null;
        try {
          await body();
        } catch (e) {
          error = e;
        }
        if (c.knownBug && error) {
          knownBugs.push(`${c.kind} “${c.name}”: ${c.knownBug} (${error.message.slice(0, 160)})`);
        } else if (c.knownBug) {
          failures.push(`${c.kind} “${c.name}” passes now: remove its knownBug note (${c.knownBug.slice(0, 80)}…)`);
        } else if (error) {
          failures.push(`${c.kind} “${c.name}”: ${error.message}`);
        }
      }

      for (const c of refused) {
        await attempt(c, async () => {
          await deliver(page, c);
          await refusedAsExpected(page, c, await firstNotice(page, c));
        });
        await dismissNotices(page).catch(() => {});
      }
      // Fresh loads at a bad link, in new tabs that find the autosaved work.
      for (const c of loads) {
        const tab = await env.newTab();
        await attempt(c, async () => {
          await deliver(tab, c);
          await need(tab, tid('app'), 'the app on a fresh load');
          const message = await firstNotice(tab, c);
          await waitDone(tab, `the fresh load at ${c.name}`);
          await refusedAsExpected(tab, c, message);
        });
        await tab.close();
      }
      // Valid inputs that the browser will not run: they open, and the run status says why.
      for (const c of opens) {
        await attempt(c, async () => {
          await deliver(page, c);
          const message = await firstNotice(page, c);
          seen.push({ case: c.name, kind: c.kind, message });
          check(/^Opened the (file|shared link)/.test(message), `the valid input gave ${JSON.stringify(message.slice(0, 300))}`);
          await page.waitForFunction((src) => new RegExp(src).test(document.querySelector('[data-testid="run-status"]')?.textContent || ''), c.status.source, { timeout: STEP_TIMEOUT }).catch(async () => {
            throw new Failure(`the run status reads ${JSON.stringify(await text(page, tid('run-status')))}, not ${c.status}`);
          });
          const offer = await text(page, tid('fewer-trials'), 'the fewer-trials offer');
          check(c.offer.test(offer), `the offer reads ${JSON.stringify(offer)}, not ${c.offer}`);
          const names = await scenarioNames(page);
          check(JSON.stringify(names) === JSON.stringify(c.opens), `opened ${JSON.stringify(names)}, not ${JSON.stringify(c.opens)}`);
          const listed = await page.evaluate(() => [...document.querySelectorAll('.model-name')].map((e) => e.textContent));
          check(listed.includes('Draft: My work'), `the work it replaced is not a draft: ${JSON.stringify(listed)}`);
          seen[seen.length - 1].status = await text(page, tid('run-status'));
          await unharmed(page);
        });
        await dismissNotices(page).catch(() => {});
      }
      writeFileSync(join(ARTIFACTS, '15-hostile-messages.json'), `${JSON.stringify(seen, null, 2)}\n`);
      for (const k of knownBugs) log(`  KNOWN BUG: ${k}`);
      check(failures.length === 0, `${failures.length} of ${cases.length} hostile cases failed:\n    ${failures.join('\n    ')}`);
      const kinds = {};
      for (const c of cases) kinds[c.kind] = (kinds[c.kind] || 0) + 1;
      return `${knownBugs.length ? `${knownBugs.length} known bug(s) (above); ` : ''}${cases.length} hostile cases (${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ')}): each refused with its reason, or opened and not run; messages in ${relative(process.cwd(), join(ARTIFACTS, '15-hostile-messages.json'))}`;
    },
  },
  {
    name: '16-crash-notice',
    title: 'a panic shows a visible notice with a reload button instead of a dead page; the reload brings back the autosaved work',
    expectedConsoleErrors: [/^Pipesim panicked: a test asked Pipesim to panic/],
    async run(page, base) {
      await openApp(page, base);
      await renameScenario(page, 'Before the crash');
      const exported = await page.evaluate(() => typeof window.wasmBindings?.pipesimTestPanic);
      check(exported === 'function', `window.wasmBindings.pipesimTestPanic is ${exported}`);
      const thrown = await page.evaluate(() => {
        try {
          window.wasmBindings.pipesimTestPanic();
          return 'returned normally';
        } catch (e) {
          return `${e.name}: ${e.message}`;
        }
      });
      check(/^RuntimeError/.test(thrown), `the test panic gave ${JSON.stringify(thrown)}, not a RuntimeError`);
      const notice = await need(page, tid('crash'), 'the crash notice');
      check(await notice.isVisible(), 'the crash notice is in the page but not visible');
      const shown = (await notice.innerText()).replace(/\s+/g, ' ');
      check(/Pipesim stopped working/.test(shown) && /Your work is safe/.test(shown), `the crash notice reads ${JSON.stringify(shown)}`);
      check((await page.locator(tid('crash')).count()) === 1, 'more than one crash notice');
      check((await notice.getAttribute('role')) === 'alertdialog', 'the crash notice is not an alertdialog');
      const details = await page.evaluate(() => document.querySelector('[data-testid="crash"] pre')?.textContent || '');
      check(/a test asked Pipesim to panic \(at src\/web\/crash\.rs:\d+\)/.test(details), `the crash details read ${JSON.stringify(details)}`);
      const reload = await need(page, tid('crash-reload'), 'the crash notice’s reload button');
      check(await reload.isVisible(), 'the reload button is not visible');
      check(await reload.evaluate((b) => document.activeElement === b), 'the reload button does not have the focus');
      // The notice covers the page: the app under it cannot be clicked.
      const covered = await page.evaluate(() => {
        const hit = document.elementFromPoint(window.innerWidth / 2, 40);
        return Boolean(hit && hit.closest('[data-testid="crash"]'));
      });
      check(covered, 'the crash notice does not cover the page');
      const shots = [await screen(page, '16-crash-notice-shown'), ...(await screenshots(page, '16-crash-notice-shown'))];
      await Promise.all([page.waitForEvent('load', { timeout: STEP_TIMEOUT }), (await need(page, tid('crash-reload'), 'the reload button')).click()]);
      await need(page, tid('app'), 'the app after the reload');
      await waitDone(page, 'the run after the reload');
      check((await page.locator(tid('crash')).count()) === 0, 'the crash notice is still there after the reload');
      const names = await scenarioNames(page);
      check(names[0] === 'Before the crash', `after the reload the scenarios are ${JSON.stringify(names)}`);
      return `${thrown.split('\n')[0]}; notice shown (${shots.map((f) => relative(process.cwd(), f)).join(', ')}); reload reopened “${names[0]}”`;
    },
  },
  {
    name: '17-work-budget',
    title: 'a workspace over the browser’s work budget or trial cap is not run; the run status says why and offers fewer trials, which run',
    async run(page, base) {
      const statusMatches = async (p, re, what) => {
        try {
          await p.waitForFunction((src) => new RegExp(src).test(document.querySelector('[data-testid="run-status"]')?.textContent || ''), re.source, { timeout: STEP_TIMEOUT, polling: 100 });
        } catch {
          throw new Failure(`${what}: the run status reads ${JSON.stringify(await p.locator(tid('run-status')).first().textContent().catch(() => '?'))}, not ${re}`);
        }
        return text(p, tid('run-status'));
      };
      const offered = async (p, what) => {
        const t = await text(p, tid('fewer-trials'), `the fewer-trials offer (${what})`);
        const m = /^Run (\d+) trials instead$/.exec(t);
        check(m, `${what}: the offer reads ${JSON.stringify(t)}`);
        return Number(m[1]);
      };
      // enterprise at 20,000 trials: within the trial cap, over the work budget.
      await page.goto(`${base}#${linkFragment(workspaceOf([preset('enterprise')], { trials: 20000, seed: 5 }))}`);
      await need(page, tid('app'), 'the app');
      const why = await statusMatches(page, /^Not run: this run is too large for the browser: about [\d.]+e\d+ units of work .* enterprise is 100% of it\. Run fewer trials/, 'enterprise at 20,000 trials');
      const n = await offered(page, 'enterprise at 20,000 trials');
      check(n > 0 && n < 20000, `enterprise at 20,000 trials: offered ${n} trials`);
      check((await digests(page)) === null, 'results are shown for a run that did not happen');
      const shots = [await screen(page, '17-budget-offer'), ...(await screenshots(page, '17-budget-offer'))];
      await (await need(page, tid('fewer-trials'), 'the fewer-trials button')).click();
      await waitDone(page, `the run of ${n} enterprise trials`);
      check((await page.locator(tid('trials')).first().inputValue()) === String(n), `the trials menu does not read ${n} after the offer`);
      check((await page.locator(tid('fewer-trials')).count()) === 0, 'the offer is still shown after the run');
      check((await digests(page)) !== null, `no results after running ${n} trials`);
      // Two enterprise scenarios at 10,000 trials: over the budget together.
      const two = workspaceOf([preset('enterprise'), { ...preset('enterprise'), name: 'enterprise, again' }], { trials: 10000, seed: 5 });
      await page.goto(`${base}#${linkFragment(two)}`);
      const whyTwo = await statusMatches(page, /^Not run: this run is too large for the browser: .* enterprise is 50% of it/, 'two enterprise scenarios at 10,000 trials');
      // The results of the workspace it replaced are not left under the refusal.
      check((await digests(page)) === null, 'the previous workspace’s results are shown under the refusal of the new one');
      const nTwo = await offered(page, 'two enterprise scenarios at 10,000 trials');
      check(nTwo > 0 && nTwo < 10000, `two enterprise scenarios: offered ${nTwo} trials`);
      // A link asking 10^6 trials (a valid file, over the browser's cap of 20,000).
      await page.goto(`${base}#${linkFragment(workspaceOf([preset('founder-led')], { trials: 1e6, seed: 5 }))}`);
      const whyMillion = await statusMatches(page, /^Not run: trials: this workspace asks for 1000000 trials per scenario; the browser runs at most 20000\. Pick fewer trials, or run it with the pipesim command-line tool/, 'a link asking 10^6 trials');
      const nMillion = await offered(page, 'a link asking 10^6 trials');
      check(nMillion === 20000, `a link asking 10^6 trials: offered ${nMillion}`);
      check((await page.locator(tid('trials')).first().inputValue()) === '1000000', 'the trials menu does not show the 1000000 the link asked for');
      return `enterprise ×20,000 → ${JSON.stringify(why.slice(0, 90))}…, ran the ${n} offered; two enterprise ×10,000 → offer ${nTwo} (${JSON.stringify(whyTwo.slice(-80))}); 10^6 trials → offer ${nMillion} (${JSON.stringify(whyMillion.slice(0, 60))}…); screenshots ${shots.map((f) => relative(process.cwd(), f)).join(', ')}`;
    },
  },
  {
    name: '18-analysis-tornado',
    title: 'a tornado on a preset: bars while it runs, then ranked real inputs, grey bars, a table row a bar, and a click on a bar shows its input in the editor',
    async run(page, base) {
      await openApp(page, base);
      await armRunWatch(page);
      await (await need(page, tid('preset-series-a'), 'the series-a preset button')).click();
      await waitNewRun(page, 'after picking series-a');
      const seen = await runTornado(page, 400, 'the tornado of series-a');
      // Bars came in while it ran: a partial report, drawn, before the end.
      const partial = seen.filter((s) => s.running && s.tornado > 0 && s.bars > 0);
      check(partial.length > 0, `no bars were shown while the tornado ran (states: ${JSON.stringify(seen.slice(0, 8))})`);
      const progress = seen.filter((s) => s.running).map((s) => s.progress);
      check(progress.some((p) => /^Running \d+%$/.test(p)), `the progress read ${JSON.stringify(progress.slice(0, 5))}`);
      // The report: ranked inputs, each a real field of the editor.
      const rows = await tableRows(page, 'tornado-table');
      check(rows.length >= 10, `the tornado's table has ${rows.length} rows`);
      const labels = await page.evaluate(() => [...document.querySelectorAll('label.field-label')].map((l) => l.firstChild.textContent.trim()));
      const first = rows[0].cells[0];
      check(labels.includes(first), `the first bar's label ${JSON.stringify(first)} is no input of the editor`);
      const unknown = rows.map((r) => r.cells[0]).filter((l) => !labels.includes(l));
      check(unknown.length === 0, `tornado rows that name no input of the editor: ${JSON.stringify(unknown)}`);
      const swings = rows.map((r) => Math.abs(shownNumber(r.cells[5])));
      check(swings.every((s) => Number.isFinite(s)), `swings that are not numbers: ${JSON.stringify(rows.map((r) => r.cells[5]))}`);
      check(swings[0] >= swings[swings.length - 1], `the first swing ${rows[0].cells[5]} is below the last ${rows[rows.length - 1].cells[5]}`);
      // Grey bars (within two standard errors of no effect): in the chart and as faint rows.
      const svg = await page.evaluate(() => {
        const s = document.querySelector('[data-testid="chart-tornado"] svg');
        const rects = [...s.querySelectorAll('rect')].map((r) => ({ y: Number(r.getAttribute('y')), h: Number(r.getAttribute('height')), fill: (r.getAttribute('fill') || '').toUpperCase() }));
        return { rects, texts: [...s.querySelectorAll('text')].map((t) => t.textContent.trim()), viewBox: s.getAttribute('viewBox') };
      });
      const grey = svg.rects.filter((r) => r.fill === '#D6DAE2' || r.fill === '#B4BBC7');
      check(grey.length > 0, `no grey bars in the tornado (fills ${JSON.stringify([...new Set(svg.rects.map((r) => r.fill))])})`);
      const faint = rows.filter((r) => r.cls.includes('faint')).length;
      check(faint > 0, 'no faint rows in the tornado table');
      // A table row a bar: the inputs with no effect at all are named in a sentence instead.
      const inert = await page.evaluate(() => document.querySelector('[data-testid="tornado-inert"]')?.textContent || '');
      const drawn = rows.map((r) => r.cells[0]).filter((l) => !inert.includes(`${l},`) && !inert.includes(`${l}.`));
      const missing = drawn.filter((l) => !svg.texts.includes(l));
      check(missing.length === 0, `table rows with no bar label in the chart: ${JSON.stringify(missing)}`);
      const labelled = svg.texts.filter((t) => rows.some((r) => r.cells[0] === t)).length;
      check(labelled === drawn.length, `${labelled} bars labelled in the chart for ${drawn.length} table rows with an effect`);
      // A click inside the first row shows its input, focused, in the editor.
      const firstBar = svg.rects.filter((r) => r.h > 12).sort((a, b) => a.y - b.y)[0];
      // The row's middle, in the drawing's units, brought to the middle of the screen (clear of
      // the sticky header), then in the window's.
      const at = await page.evaluate((y) => {
        const s = document.querySelector('[data-testid="chart-tornado"] svg');
        const place = () => {
          const r = s.getBoundingClientRect();
          const scale = r.width / Number(s.getAttribute('viewBox').split(' ')[2]);
          return { x: r.left + r.width / 2, y: r.top + y * scale };
        };
        window.scrollBy(0, place().y - window.innerHeight / 2);
        const p = place();
        return { ...p, hits: Boolean(document.elementFromPoint(p.x, p.y)?.closest('[data-testid="chart-tornado"]')) };
      }, firstBar.y + firstBar.h / 2);
      check(at.hits, `the first bar's row at (${Math.round(at.x)}, ${Math.round(at.y)}) is covered by something else`);
      await page.mouse.click(at.x, at.y);
      try {
        await page.waitForFunction((label) => {
          const el = document.activeElement;
          const l = el && el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
          return el && el.id.startsWith('field-') && l && l.firstChild.textContent.trim() === label;
        }, first, { timeout: STEP_TIMEOUT });
      } catch {
        throw new Failure(`a click on the first bar (at ${Math.round(at.x)}, ${Math.round(at.y)}) did not focus ${JSON.stringify(first)}'s input; focused: ${JSON.stringify(await focusedField(page))}`);
      }
      const focused = await focusedField(page);
      const inView = await page.evaluate(() => {
        const r = document.activeElement.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
      check(inView, `${focused.id} is focused but not scrolled into view`);
      // A row's Edit button does the same for another input.
      const second = rows[1].cells[0];
      await page.locator(`${tid('analysis')} details.numbers`).first().evaluate((d) => { d.open = true; });
      await page.getByRole('button', { name: `Edit ${second}`, exact: true }).click();
      await page.waitForFunction((label) => {
        const el = document.activeElement;
        const l = el && el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
        return l && l.firstChild.textContent.trim() === label;
      }, second, { timeout: STEP_TIMEOUT }).catch(async () => {
        throw new Failure(`Edit ${second} focused ${JSON.stringify(await focusedField(page))}`);
      });
      const shots = await analysisShots(page, '18-analysis-tornado');
      return `${rows.length} inputs, first ${JSON.stringify(first)} (${rows[0].cells[5]}), ${faint} grey; ${partial.length} partial states; a click focused #${focused.id}; ${shots.map((f) => relative(process.cwd(), f)).join(', ')}`;
    },
  },
  {
    name: '19-analysis-sweep-slider',
    title: 'the outbound slider’s Sweep 0–90% button sweeps it: the sweep tab, a row for 0% to 90%, the best one marked',
    async run(page, base) {
      await openApp(page, base);
      await armAnalysisWatch(page);
      const button = await need(page, tid('sweep-ae.outbound_share'), 'the outbound slider’s sweep button');
      const label = ((await button.textContent()) || '').trim();
      check(label === 'Sweep 0–90%', `the sweep button reads ${JSON.stringify(label)}`);
      await button.click();
      await waitAnalysis(page, 'sweep-report', 'the outbound sweep');
      check((await page.getAttribute(tid('tab-sweep'), 'aria-selected')) === 'true', 'the sweep tab is not the one shown');
      check((await page.locator(tid('form-sweep')).count()) === 1, 'the sweep settings are not shown');
      const field = await page.locator(tid('sweep-field')).inputValue();
      check(field === 'ae.outbound_share', `the sweep form shows the field ${field}`);
      await need(page, `${tid('chart-sweep')} svg`, 'the sweep chart');
      const rows = await tableRows(page, 'sweep-table');
      const values = rows.map((r) => r.cells[0]);
      const expected = Array.from({ length: 10 }, (_, i) => `${i * 10}%`);
      check(JSON.stringify(values) === JSON.stringify(expected), `the sweep's rows are ${JSON.stringify(values)}, not ${JSON.stringify(expected)}`);
      const bad = rows.filter((r) => !(r.cells.length === 5 && r.cells.slice(1).every((c) => c && c !== '…')) && !(r.cells.length === 2 && /^not valid: ./.test(r.cells[1])));
      check(bad.length === 0, `rows neither with numbers nor "not valid: why": ${JSON.stringify(bad)}`);
      const best = rows.filter((r) => r.cls.includes('best'));
      check(best.length === 1, `${best.length} rows marked best`);
      const summary = await text(page, `${tid('sweep-report')} .analysis-summary`, 'the sweep summary');
      check(summary.includes(`Best: Outbound share of AE hours = ${best[0].cells[0]}`), `the summary reads ${JSON.stringify(summary)}; the best row is ${best[0].cells[0]}`);
      const refused = rows.filter((r) => r.cells.length === 2).length;
      const shots = await analysisShots(page, '19-analysis-sweep');
      return `rows ${values.join(' ')}; best ${best[0].cells[0]} (${best[0].cells[1]}); ${refused} not valid; ${shots.map((f) => relative(process.cwd(), f)).join(', ')}`;
    },
  },
  {
    name: '20-analysis-goal-seek',
    title: 'goal seek: one lever meets the goal and its setting becomes a new scenario; an unreachable goal says so; two levers draw a frontier of several lines',
    async run(page, base) {
      await openWorkspace(page, base, workspaceOf([preset('series-a')], { trials: 500, seed: 7 }));
      // A goal the hiring pace can meet: bookings of $4M with an 80% chance.
      await setGoal(page, { threshold: '4M', chance: '80%', lever: 'ae.pace' });
      await runSeek(page, 'the goal seek with one lever');
      const answer = await analysisText(page, 'seek-answer', 'the seek’s answer');
      check(/^The cheapest setting that meets the goal: AE hiring pace .+\. Its chance is \d+% and its median cost \$[\d.]+[KM]?\.$/.test(answer), `the answer reads ${JSON.stringify(answer)}`);
      const rows = await tableRows(page, 'seek-table');
      check(rows.length >= 3, `${rows.length} settings tried`);
      check(rows.some((r) => r.cells.at(-1) === 'yes') && rows.some((r) => r.cells.at(-1) === 'no'), `the table has no mix of settings that meet the goal and not: ${JSON.stringify(rows.map((r) => r.cells))}`);
      await need(page, `${tid('chart-frontier')} svg`, 'the frontier chart');
      const shots = await analysisShots(page, '20-analysis-seek-one-lever');
      const before = await scenarioNames(page);
      await armRunWatch(page);
      await (await need(page, tid('seek-apply'), 'Add this setting as a new scenario')).click();
      await waitNewRun(page, 'after adding the setting as a scenario');
      const after = await scenarioNames(page);
      check(after.length === before.length + 1, `the scenarios went from ${JSON.stringify(before)} to ${JSON.stringify(after)}`);
      const added = after[after.length - 1];
      check(await page.getAttribute(tid(`scenario-tab-${after.length - 1}`), 'aria-selected') !== 'false', 'the new scenario is not the one selected');
      const pace = /AE hiring pace ([^.,]+)/.exec(answer)[1];
      // A goal nothing in the ranges meets.
      await (await need(page, tid('scenario-tab-0'), 'the first scenario tab')).click();
      await setGoal(page, { threshold: '500M', chance: '80%', lever: 'ae.pace' });
      await runSeek(page, 'the unreachable goal');
      const none = await analysisText(page, 'seek-answer', 'the unreachable goal’s answer');
      check(/^Nothing in the ranges given meets the goal\. The closest: AE hiring pace .+, with a chance of \d+% \(median cost .+\)\. Widen a lever's range or lower the goal\.$/.test(none), `the answer reads ${JSON.stringify(none)}`);
      check((await page.locator(tid('seek-apply')).count()) === 0, 'an unmet goal offers to add its setting');
      // Two levers: a line for each value of the second.
      await setGoal(page, { threshold: '4M', chance: '80%', lever: 'ae.pace' });
      await (await need(page, tid('seek-add-lever'), 'Add a second lever')).click();
      await need(page, tid('seek-lever2-field'), 'the second lever');
      const second = await page.locator(tid('seek-lever2-field')).inputValue();
      await runSeek(page, 'the goal seek with two levers');
      const two = await tableRows(page, 'seek-table');
      const outer = new Set(two.map((r) => r.cells[1]));
      check(outer.size >= 3, `the second lever (${second}) took ${outer.size} values: ${JSON.stringify([...outer])}`);
      const legend = await page.evaluate(() => [...document.querySelectorAll('[data-testid="chart-frontier"] svg text')].map((t) => t.textContent.trim()));
      // The legend names each value (the y axis has 0%, 25%…: most values are the legend's
      // alone), and the caption names the lever.
      const series = [...outer].filter((v) => legend.filter((t) => t === v).length >= 1);
      const caption = await text(page, `${tid('chart-frontier')}`, 'the frontier');
      check(caption.includes('One line for each'), `the frontier's caption names the second lever: ${JSON.stringify(caption.slice(0, 200))}`);
      check(series.length >= 3, `the frontier's legend names ${series.length} of the second lever's values ${JSON.stringify([...outer])}: ${JSON.stringify(legend.slice(0, 20))}`);
      const twoAnswer = await analysisText(page, 'seek-answer', 'the two-lever answer');
      shots.push(...(await analysisShots(page, '20-analysis-seek-two-levers')));
      return `one lever: pace ${pace}, added “${added}”; unreachable: ${JSON.stringify(none.slice(0, 60))}…; two levers: ${two.length} settings, ${series.length} lines; ${JSON.stringify(twoAnswer)}; ${shots.map((f) => relative(process.cwd(), f)).join(', ')}`;
    },
  },
  {
    name: '21-analysis-bad-settings',
    title: 'bad analysis settings (0 or 201 steps, an empty range, text that is no number) give a message naming the setting, and the page goes on',
    async run(page, base) {
      await openApp(page, base);
      const cases = [
        { what: '0 steps', set: { steps: 0 }, expect: /^The analysis could not run: analysis\.steps: 0 steps: a sweep takes 1 to 200$/ },
        { what: '201 steps', set: { steps: 201 }, expect: /^The analysis could not run: analysis\.steps: 201 steps: a sweep takes 1 to 200$/ },
        { what: 'from = to', set: { from: '30%', to: '30%', steps: 5 }, expect: /^The analysis could not run: analysis\.to: the range .* is empty/ },
        { what: 'from is text', set: { from: 'lots', to: '90%', steps: 5 }, expect: /^From: “lots” is not a number/ },
        { what: 'steps is text', set: { from: '0%', to: '90%', steps: 'ten' }, expect: /^Steps: "ten" is not a whole number/ },
      ];
      const seen = [];
      await (await need(page, tid('tab-sweep'), 'the Sweep tab')).click();
      for (const c of cases) {
        await need(page, tid('form-sweep'), 'the sweep settings');
        for (const [k, v] of Object.entries(c.set)) await setBox(page, `sweep-${k}`, v);
        await (await need(page, tid('run-sweep'), 'the Sweep button')).click();
        const message = await analysisProblem(page, c.expect, c.what);
        seen.push(`${c.what} → ${message}`);
        check((await page.locator(tid('analysis-running')).count()) === 0, `${c.what}: an analysis is running`);
        await alive(page, c.what);
        // The next case starts from a clean slate: a good setting clears the form's problem.
        await setBox(page, 'sweep-from', '0%');
        await setBox(page, 'sweep-to', '90%');
        await setBox(page, 'sweep-steps', '2');
      }
      // A goal that is no number.
      await (await need(page, tid('tab-seek'), 'the Goal seek tab')).click();
      await setBox(page, 'seek-threshold', 'a lot');
      await (await need(page, tid('run-seek'), 'the seek button')).click();
      const goal = await analysisProblem(page, /^Goal: “a lot” is not a number/, 'a goal that is no number');
      seen.push(`goal "a lot" → ${goal}`);
      // …and the page still analyses: a sweep of two steps runs.
      await runSweep(page, { from: '0%', to: '90%', steps: 2 }, 'a good sweep after the bad ones');
      const rows = await tableRows(page, 'sweep-table');
      check(rows.length === 2, `the good sweep after the bad ones has ${rows.length} rows`);
      await alive(page, 'after the bad settings');
      return seen.join('; ');
    },
  },
  {
    name: '22-analysis-stop',
    title: 'Stop ends a tornado at once and keeps what came in; an edit while one runs stops it and marks its report as answering an earlier version',
    async run(page, base) {
      await openWorkspace(page, base, workspaceOf([preset('series-a')], { trials: 500, seed: 7 }));
      await (await need(page, tid('tab-sensitivity'), 'the What matters most tab')).click();
      await setBox(page, 'sensitivity-trials', 2000);
      await armAnalysisWatch(page);
      await (await need(page, tid('run-sensitivity'), 'the Rank the inputs button')).click();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="tornado-table"] tbody tr').length > 0 && document.querySelector('[data-testid="analysis-running"]'), null, { timeout: RUN_TIMEOUT, polling: 50 })
        .catch(() => { throw new Failure('no bars while the tornado of 2,000 trials ran'); });
      await (await need(page, tid('analysis-stop'), 'the Stop button')).click();
      const stopped = await analysisText(page, 'analysis-stopped', 'the stopped note');
      check(/^Stopped\. What came in before the stop is shown\.$/.test(stopped), `the stopped note reads ${JSON.stringify(stopped)}`);
      check((await page.locator(tid('analysis-running')).count()) === 0, 'the progress still shows after Stop');
      const report = await page.evaluate(() => document.querySelector('[data-testid="sensitivity-report"]')?.innerHTML ?? null);
      check(report !== null, 'the partial tornado left the screen at the stop');
      await page.waitForTimeout(2000); // answers still on their way must change nothing
      const later = await page.evaluate(() => document.querySelector('[data-testid="sensitivity-report"]')?.innerHTML ?? null);
      check(later === report, 'the tornado changed after Stop');
      check((await page.locator(tid('analysis-running')).count()) === 0, 'the progress came back after Stop');
      check((await page.locator(tid('analysis-stale')).count()) === 0, 'a stopped report of the current workspace is marked stale');
      // An edit while a tornado runs.
      await armAnalysisWatch(page);
      await (await need(page, tid('run-sensitivity'), 'the Rank the inputs button')).click();
      await page.waitForFunction(() => document.querySelector('[data-testid="analysis-running"]') && window.__e2eAnalysis.seen.filter((s) => s.running && s.tornado > 0).length > 1, null, { timeout: RUN_TIMEOUT, polling: 50 })
        .catch(() => { throw new Failure('the second tornado showed no bars while it ran'); });
      await setOutbound(page, 0.2);
      await need(page, tid('analysis-stopped'), 'the stopped note after an edit');
      await need(page, tid('analysis-stale'), 'the stale note after an edit');
      check((await page.locator(tid('analysis-running')).count()) === 0, 'the tornado still runs after an edit');
      const faded = await page.evaluate(() => document.querySelector('.analysis-report')?.classList.contains('stale'));
      check(faded, 'the stale report is not faded');
      const staleText = await analysisText(page, 'analysis-stale', 'the stale note');
      const shots = await analysisShots(page, '22-analysis-stale');
      return `stopped: ${JSON.stringify(stopped)}; after an edit: ${JSON.stringify(staleText)}; ${shots.map((f) => relative(process.cwd(), f)).join(', ')}`;
    },
  },
  {
    name: '23-analysis-share-link',
    title: 'a link copied after a sweep holds it; a fresh page at the link runs the same sweep to the same numbers (and so does pipesim sweep, where it exists)',
    contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
    async run(page, base, env) {
      await openWorkspace(page, base, workspaceOf([preset('series-a')], { trials: 500, seed: 13 }));
      await runSweep(page, { field: 'ae.pace', steps: 5 }, 'the sweep to share');
      const sent = await tableRows(page, 'sweep-table');
      check(sent.length === 5, `the sweep has ${sent.length} rows`);
      await (await need(page, tid('copy-link'), 'the Copy link button')).click();
      await page.waitForFunction(() => /Link copied/.test(document.querySelector('[data-testid="copy-link"]').textContent), null, { timeout: STEP_TIMEOUT })
        .catch(() => { throw new Failure('the Copy link button never confirmed the copy'); });
      const link = await page.evaluate(() => navigator.clipboard.readText());
      check(link.startsWith(`${base}#w=1.`), `the copied link is ${JSON.stringify(link.slice(0, 80))}`);
      await page.waitForFunction((l) => location.href === l, link, { timeout: STEP_TIMEOUT })
        .catch(() => { throw new Failure('the address bar does not hold the copied link'); });
      const analysis = workspaceOfLink(link).analysis;
      check(analysis && analysis.kind === 'sweep' && analysis.field === 'ae.pace' && analysis.steps === 5, `the link's analysis is ${JSON.stringify(analysis)}`);
      // A fresh page at the link: the ordinary run, then the sweep by itself.
      const other = await env.freshPage();
      await other.goto(link);
      await need(other, tid('app'), 'the app at the link');
      await other.waitForFunction(() => document.querySelector('[data-testid="sweep-report"]') && !document.querySelector('[data-testid="analysis-running"]'), null, { timeout: RUN_TIMEOUT, polling: 200 })
        .catch(() => { throw new Failure('the sweep of the link never ran by itself'); });
      check((await other.getAttribute(tid('tab-sweep'), 'aria-selected')) === 'true', 'the receiver does not show the sweep tab');
      const got = await tableRows(other, 'sweep-table');
      check(JSON.stringify(got) === JSON.stringify(sent), `the receiver's sweep differs:\n  sent ${JSON.stringify(sent)}\n  got  ${JSON.stringify(got)}`);
      // The CLI, once it has `pipesim sweep` (another change adds it): the same medians.
      let cli = 'pipesim sweep: not in this build, not compared';
      let help = null;
      try {
        help = execFileSync(PIPESIM, ['sweep', '--help'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      } catch {
        help = null;
      }
      if (help !== null) {
        const out = JSON.parse(execFileSync(PIPESIM, ['sweep', link, '--format', 'json'], { encoding: 'utf8' }));
        const medians = [];
        (function walk(v) {
          if (Array.isArray(v)) v.forEach(walk);
          else if (v && typeof v === 'object') {
            if (typeof v.p50 === 'number') medians.push(v.p50);
            else Object.values(v).forEach(walk);
          }
        })(out.rows ?? out.sweep?.rows ?? out);
        const shown = sent.map((r) => r.cells[1]);
        check(medians.length === shown.length, `pipesim sweep gave ${medians.length} medians for ${shown.length} rows: ${JSON.stringify(out).slice(0, 300)}`);
        const off = shown.filter((t, i) => !(Math.abs(shownNumber(t) - medians[i]) <= shownPrecision(t) + 1e-9));
        check(off.length === 0, `browser medians ${JSON.stringify(shown)} ≠ pipesim sweep ${JSON.stringify(medians)}`);
        cli = `pipesim sweep medians ${medians.map((m) => Math.round(m)).join(', ')} match`;
      }
      return `link of ${link.length} characters carries ${JSON.stringify(analysis)}; the receiver's ${got.length} rows equal the sender's; ${cli}`;
    },
  },
  {
    name: '24-analysis-long-tasks',
    title: 'no main-thread task over 50 ms while a tornado, a sweep and a goal seek run',
    async run(page, base) {
      await watchLongTasks(page);
      await openWorkspace(page, base, workspaceOf([preset('series-a')], { trials: 500, seed: 7 }));
      const spans = [];
      const timed = async (what, body) => {
        const from = await page.evaluate(() => performance.now());
        await body();
        const to = await page.evaluate(() => performance.now());
        spans.push({ what, from, to, ...(await longTasksBetween(page, from, to)) });
      };
      await timed('tornado', () => runTornado(page, 1000, 'the tornado'));
      await timed('sweep', async () => {
        await armAnalysisWatch(page);
        await (await need(page, tid('sweep-ae.outbound_share'), 'the outbound sweep button')).click();
        await waitAnalysis(page, 'sweep-report', 'the sweep');
      });
      await timed('seek', async () => {
        await setGoal(page, { threshold: '4M', chance: '80%', lever: 'ae.pace' });
        await runSeek(page, 'the goal seek');
      });
      const bad = spans.filter((s) => s.tasks.length);
      check(bad.length === 0, bad.map((s) => `${s.what}: main-thread tasks over 50 ms ${JSON.stringify(s.tasks)}; long frames ${JSON.stringify(s.frames)}`).join('\n  '));
      return spans.map((s) => `${s.what} ${((s.to - s.from) / 1000).toFixed(1)} s`).join(', ') + ', no long task';
    },
  },
  {
    name: '25-analysis-hostile-name',
    title: 'a scenario named as markup shows as text in the analysis panel, its reports and a setting added from a seek',
    async run(page, base) {
      const name = '<img src=x onerror=alert(1)>';
      await openWorkspace(page, base, workspaceOf([{ ...preset('series-a'), name }, { ...preset('founder-led'), name: PWN_IMG }], { trials: 300, seed: 7 }));
      const hint = await text(page, `${tid('analysis')} .hint`, 'the panel’s hint');
      check(hint.includes(`“${name}”`), `the panel's hint does not show the name as text: ${JSON.stringify(hint)}`);
      await runTornado(page, 200, 'the tornado of the markup-named scenario');
      await runSweep(page, { field: 'ae.outbound_share', from: '0%', to: '90%', steps: 3 }, 'the sweep of the markup-named scenario');
      await setGoal(page, { threshold: '3M', chance: '50%', lever: 'ae.pace' });
      await runSeek(page, 'the seek of the markup-named scenario');
      if ((await page.locator(tid('seek-apply')).count()) === 1) {
        await armRunWatch(page);
        await page.click(tid('seek-apply'));
        await waitNewRun(page, 'after adding the seek’s setting');
      }
      const names = await scenarioNames(page);
      check(names[0] === name && names[1] === PWN_IMG, `the scenario tabs read ${JSON.stringify(names)}`);
      // The other scenario, named with a script-running image, analysed too.
      await (await need(page, tid('scenario-tab-1'), 'the second scenario tab')).click();
      const hint2 = await text(page, `${tid('analysis')} .hint`, 'the panel’s hint for the second scenario');
      check(hint2.includes(`“${PWN_IMG}”`), `the hint does not show ${PWN_IMG} as text: ${JSON.stringify(hint2)}`);
      await runTornado(page, 200, 'the tornado of the PWN_IMG scenario');
      const injected = await injectedElements(page);
      check(injected.length === 0, `elements injected: ${injected.join(', ')}`);
      check((await page.evaluate(() => window.__pwned)) === undefined, 'a name ran as script (window.__pwned is set)');
      const shots = await analysisShots(page, '25-analysis-hostile-name');
      return `names ${JSON.stringify(names)} shown as text through a tornado, a sweep and a seek; ${shots.map((f) => relative(process.cwd(), f)).join(', ')}`;
    },
  },
  {
    name: '26-language',
    title: 'a browser asking for Chinese opens the page in Chinese; the switch changes it and is remembered',
    contextOptions: { locale: 'zh-CN' },
    async run(page, base) {
      await openApp(page, base);
      // Chinese's catalogue is fetched when the page first needs it.
      await page.waitForFunction(() => document.documentElement.lang === 'zh-CN', null, { timeout: STEP_TIMEOUT });
      const lang = () => page.evaluate(() => document.documentElement.lang);
      const tagline = () => text(page, '.tagline', 'the tagline');
      check((await lang()) === 'zh-CN', `the document's lang is ${await lang()} for a zh-CN browser`);
      const zh = await tagline();
      check(/蒙特卡洛/.test(zh), `the tagline is not Chinese: ${JSON.stringify(zh)}`);
      check((await page.locator(tid('language')).inputValue()) === 'zh-CN', 'the switch does not show 简体中文');
      const rationale = await text(page, tid('preset-rationale-founder-led'), 'founder-led’s rationale');
      check(/创始人/.test(rationale), `founder-led's rationale is not Chinese: ${JSON.stringify(rationale.slice(0, 60))}`);
      const compare = await text(page, tid('compare-founder-led-vp-first'), 'the first comparison');
      check(compare.startsWith('对比：'), `the comparison button reads ${JSON.stringify(compare)}`);
      const label = await text(page, 'label[for="field-ae.outbound_share"]', 'the outbound share’s label');
      check(label.startsWith('AE 工时中外呼的比例'), `the outbound share's label reads ${JSON.stringify(label)}`);
      const group = await text(page, '.editor details.group h3', 'the first group’s heading');
      check(group === '方案', `the first group's heading reads ${JSON.stringify(group)}`);
      const verdictZh = await text(page, tid('verdict'), 'the verdict');
      check(verdictZh.startsWith('结论') && /签约额/.test(verdictZh), `the verdict is not Chinese: ${JSON.stringify(verdictZh.slice(0, 120))}`);
      // The charts draw their quarters, money and legends in Chinese too.
      const drawn = (chart) => page.evaluate((sel) => [...document.querySelectorAll(`${sel} svg text`)].map((t) => t.textContent.trim()), tid(chart));
      const fanZh = await drawn('chart-bookings');
      check(fanZh.includes('2027年第1季度') && fanZh.some((t) => /^US\$[\d,.]+万$/.test(t)), `the bookings chart is not drawn in Chinese: ${JSON.stringify(fanZh)}`);
      const sourcesZh = await drawn('chart-by-source');
      check(sourcesZh.includes('AE 外呼'), `the bookings-by-source legend is not Chinese: ${JSON.stringify(sourcesZh)}`);
      // Decide in Chinese: a short sweep and a goal seek, their reports' words.
      await runSweep(page, { field: 'ae.outbound_share', from: '0%', to: '60%', steps: 4 }, 'the sweep in Chinese');
      const sweepSummary = await text(page, `${tid('sweep-report')} .analysis-summary`, 'the sweep’s summary');
      check(/随/.test(sweepSummary) && /最佳/.test(sweepSummary), `the sweep's summary is not Chinese: ${JSON.stringify(sweepSummary)}`);
      await setGoal(page, { threshold: '$1M', chance: '50%', lever: 'ae.pace' });
      await runSeek(page, 'the goal seek in Chinese');
      const seekAnswer = await text(page, tid('seek-answer'), 'the seek’s answer');
      check(/设置/.test(seekAnswer), `the seek's answer is not Chinese: ${JSON.stringify(seekAnswer)}`);
      const panelShots = await analysisShots(page, '26-language-zh-seek');
      const shots = [...panelShots, ...(await screenshots(page, '26-language-zh'))];
      await page.selectOption(tid('language'), 'en');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      const en = await tagline();
      check(en === 'Monte Carlo planning for a B2B sales team', `after the switch the tagline reads ${JSON.stringify(en)}`);
      await page.waitForFunction((sel) => [...document.querySelectorAll(`${sel} svg text`)].some((t) => t.textContent.trim() === '2027 Q1'),
        tid('chart-bookings'), { timeout: STEP_TIMEOUT }).catch(async () => {
        throw new Failure(`the bookings chart was not drawn again in English: ${JSON.stringify(await drawn('chart-bookings'))}`);
      });
      const verdictEn = await text(page, tid('verdict'), 'the verdict in English');
      check(verdictEn.startsWith('Verdict') && /books/.test(verdictEn), `the verdict did not follow the switch: ${JSON.stringify(verdictEn.slice(0, 120))}`);
      await page.reload({ waitUntil: 'load' });
      await need(page, tid('app'), 'the app after a reload');
      check((await lang()) === 'en', `after a reload the document's lang is ${await lang()}: the choice was not remembered`);
      await page.selectOption(tid('language'), 'zh-CN');
      await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
      return `zh-CN browser → ${JSON.stringify(zh)}; switched → ${JSON.stringify(en)}, kept over a reload; ${shots.map((f) => relative(process.cwd(), f)).join(', ')}`;
    },
  },
  {
    name: '27-calibrate',
    title: 'a CRM export picked or dropped is reviewed, fitted and applied as a new scenario; bad and hostile files change nothing',
    async run(page, base) {
      await openApp(page, base);
      const before = await scenarioNames(page);
      const review = tid('calibrate-review');
      // Picked: a Salesforce export in a European locale (semicolons, 31/12/2025, 1.234,56 €).
      await page.setInputFiles(tid('calibrate-file'), { name: 'deals.csv', mimeType: 'text/csv', buffer: crmExport() });
      await need(page, review, 'the review of deals.csv', RUN_TIMEOUT);
      const chosen = async (column) => page.locator(tid(`column-${column}`)).evaluate((s) => s.options[s.selectedIndex].text);
      for (const [column, header] of [['created', 'Created Date'], ['closed', 'Close Date'], ['amount', 'Amount'], ['stage', 'Stage'], ['owner', 'Opportunity Owner'], ['source', 'Lead Source']]) {
        check((await chosen(column)) === header, `the ${column} column is ${JSON.stringify(await chosen(column))}, not ${header}`);
      }
      check((await page.locator(tid('calibrate-dates')).count()) === 0, 'day-first dates (31/12/2025) were not told apart');
      const stageSelect = page.locator(`${tid('calibrate-stages')} select[aria-label="What the stage “Closed” means"]`);
      check((await stageSelect.inputValue()) === 'open', `a bare "Closed" was taken as ${await stageSelect.inputValue()}, not left open for review`);
      await stageSelect.selectOption('lost');
      const partner = page.locator(`${tid('calibrate-sources')} select[aria-label="Pipesim's source for “Partner”"]`);
      check((await partner.inputValue()) === '', 'Partner was mapped to a source of the model');
      const reviewShots = await screenshots(page, '27-calibrate-review');
      await (await need(page, tid('calibrate-fit'), 'the Fit button')).click();
      await need(page, tid('calibrate-fits'), 'the fits of deals.csv', RUN_TIMEOUT);
      const rates = await page.locator(`${tid('calibrate-rates')} tbody tr`).evaluateAll((rows) => rows.map((r) => r.textContent));
      check(rates.length === 5 && /every deal/.test(rates[0]), `the win rates table is ${JSON.stringify(rates)}`);
      for (const chart of ['calibrate-cycle', 'calibrate-size']) {
        const svg = await svgMarkup(page, chart);
        check(svg.includes('<polyline') && svg.includes('<rect'), `${chart} has no bars and curve`);
      }
      const problems = await text(page, tid('calibrate-problems'), 'the problems');
      check(/line 43, column “Created Date”/.test(await page.locator(`${tid('calibrate-problems')} li`).first().textContent()), `the bad date is not named by line and column: ${problems}`);
      const changed = await page.locator(`${tid('calibrate-changes')} tr[data-path]`).evaluateAll((rows) => rows.map((r) => r.dataset.path));
      for (const path of ['win_rates.outbound', 'win_rates.inbound', 'win_rates.sdr', 'deals.cycle_months', 'deals.size', 'ae.initial', 'playbook.initial', 'start_month']) {
        check(changed.includes(path), `the fits do not change ${path}: ${JSON.stringify(changed)}`);
      }
      const untouched = await text(page, tid('calibrate-untouched'), 'the fields left alone');
      check(/SDRs/.test(untouched) && /coaching/.test(untouched), `the fields left alone are not named: ${untouched}`);
      const fitShots = await screenshots(page, '27-calibrate-fits');
      await armRunWatch(page);
      await (await need(page, tid('calibrate-apply'), 'the Apply button')).click();
      await waitNewRun(page, 'after applying the fits');
      const after = await scenarioNames(page);
      check(after.length === before.length + 1 && after.includes('Calibrated from deals.csv'), `after applying, the scenarios are ${JSON.stringify(after)}`);
      check((await page.locator(tid('calibrate-panel')).count()) === 0, 'the panel stayed open after applying');
      const description = await page.locator('textarea[id="field-description"]').inputValue().catch(() => '');
      check(/deals\.csv/.test(description) && /2[,.]?999 opportunities/.test(description), `the new scenario's description is ${JSON.stringify(description)}`);
      // The export stays in the browser's memory: not in storage, not in the link.
      const kept = await page.evaluate(() => JSON.stringify(Object.assign({}, localStorage)) + location.href);
      check(!kept.includes('Ana Silva') && !kept.includes('OPP-1'), 'a row of the export was stored or put in the link');

      // Dropped, with dates that read either way: the page asks, and fits once answered.
      await page.evaluate((bytes) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(bytes)], 'ambiguous.csv', { type: 'text/csv' }));
        const app = document.querySelector('[data-testid="app"]');
        app.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
        app.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      }, [...crmExport({ rows: 400, seed: 3, ambiguous: true, badRow: false })]);
      await need(page, tid('calibrate-dates'), 'the question of the dates’ order', RUN_TIMEOUT);
      check(await page.locator(tid('calibrate-fit')).isDisabled(), 'Fit was offered before the dates’ order was answered');
      await page.locator(tid('dates-day-first')).check();
      await (await need(page, tid('calibrate-fit'), 'the Fit button')).click();
      await need(page, tid('calibrate-fits'), 'the fits of ambiguous.csv', RUN_TIMEOUT);
      await (await need(page, tid('calibrate-close'), 'the close button')).click();

      // A binary file and a hostile one: a message each, nothing run, the workspace as it was.
      await page.setInputFiles(tid('calibrate-file'), { name: 'photo.csv', mimeType: 'text/csv', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]) });
      const refused = await text(page, tid('calibrate-refused'), 'the refusal of a binary file');
      check(/binary/.test(refused), `a binary file is refused with ${JSON.stringify(refused)}`);
      await page.setInputFiles(tid('calibrate-file'), {
        name: '<img src=x onerror=alert(1)>.csv', mimeType: 'text/csv',
        buffer: crmExport({ rows: 300, seed: 5, owner: PWN_IMG, stage: PWN_SCRIPT }),
      });
      await need(page, review, 'the review of the hostile export', RUN_TIMEOUT);
      const shown = await text(page, tid('calibrate-panel'), 'the panel');
      check(shown.includes(PWN_SCRIPT), 'the hostile stage is not shown as text');
      await (await need(page, tid('calibrate-fit'), 'the Fit button')).click();
      await need(page, tid('calibrate-fits'), 'the fits of the hostile export', RUN_TIMEOUT);
      check((await injectedElements(page)).length === 0, `markup from the export ran: ${JSON.stringify(await injectedElements(page))}`);
      check((await page.evaluate(() => window.__pwned)) === undefined, 'a script from the export ran');
      // The language switched while the fits show: the worker fetches Chinese and says them again.
      await page.selectOption(tid('language'), 'zh-CN');
      await page.waitForFunction((sel) => /全部商机/.test(document.querySelector(sel)?.textContent || ''), tid('calibrate-rates'), { timeout: STEP_TIMEOUT })
        .catch(async () => { throw new Failure(`the fits were not said again in Chinese: ${await text(page, tid('calibrate-rates'))}`); });
      const cycleZh = await text(page, `${tid('chart-calibrate-cycle')} figcaption`, 'the cycle chart’s caption');
      check(/个月/.test(cycleZh), `the cycle's caption is not Chinese: ${cycleZh}`);
      const zhShots = await screenshots(page, '27-calibrate-fits-zh');
      await page.selectOption(tid('language'), 'en');
      await page.waitForFunction((sel) => /every deal/.test(document.querySelector(sel)?.textContent || ''), tid('calibrate-rates'), { timeout: STEP_TIMEOUT });
      await (await need(page, tid('calibrate-close'), 'the close button')).click();
      check(JSON.stringify(await scenarioNames(page)) === JSON.stringify(after), 'a bad or hostile export changed the workspace');
      const shots = [...reviewShots, ...fitShots, ...zhShots];
      return `deals.csv reviewed, fitted (${changed.length} fields) and applied; ambiguous dates asked; binary and hostile files refused or shown as text; ${shots.map((f) => relative(process.cwd(), f)).join(', ')}`;
    },
  },
  {
    name: '28-offline',
    title: 'after a first visit the app opens and runs with no network; a new version waits for the reader to reload',
    async run(page, base, env) {
      await openApp(page, base);
      const script = await waitControlled(page, 'the first visit');
      check(script === `${base}sw.js`, `the service worker is ${script}, not ${base}sw.js`);
      const [cache, ...others] = await cacheNames(page);
      check(cache && others.length === 0 && cache.startsWith(`pipesim:${base}:`), `caches after the first visit: ${JSON.stringify(await cacheNames(page))}`);
      // The manifest and its icons are there and say what an install needs.
      const manifest = await page.evaluate(async () => {
        const link = document.querySelector('link[rel="manifest"]');
        return link ? (await fetch(link.href)).json() : null;
      });
      check(manifest && manifest.display === 'standalone' && manifest.start_url === './' && manifest.scope === './', `the manifest: ${JSON.stringify(manifest)}`);
      const sizes = manifest.icons.map((i) => `${i.sizes}/${i.purpose}`);
      check(sizes.includes('192x192/any') && sizes.includes('512x512/any') && sizes.includes('512x512/maskable'), `the manifest's icons: ${sizes}`);

      // Where there are no service workers (blocked here), the app opens and runs, online only.
      const without = await env.freshPage({ serviceWorkers: 'block' });
      await openApp(without, base);
      check(await without.evaluate(() => navigator.serviceWorker?.controller === null || !navigator.serviceWorker), 'a blocked service worker controls the page');
      await without.context().close(); // before the server goes down: nothing of it may still load

      // No network: the browser is offline, and the server would not answer anyway.
      let down = false;
      env.setServerHook((req, res) => {
        if (!down) return false;
        res.socket.destroy();
        return true;
      });
      down = true;
      await page.context().setOffline(true);
      await page.reload({ waitUntil: 'load' });
      await need(page, tid('app'), 'the app offline (it did not open from the cache)');
      await waitDone(page, 'the first run offline');
      await armRunWatch(page);
      await page.selectOption(tid('trials'), '500');
      await waitNewRun(page, 'a run offline');
      check(await page.evaluate(() => document.querySelector('[data-testid="results"]')?.dataset.digests), 'no results offline');
      // The Chinese catalogue comes from the cache too.
      await page.selectOption(tid('language'), 'zh-CN');
      await page.waitForFunction(() => document.documentElement.lang === 'zh-CN', null, { timeout: STEP_TIMEOUT }).catch(() => {
        throw new Failure('offline, the switch to Chinese did not load its catalogue');
      });
      await page.selectOption(tid('language'), 'en');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      await page.context().setOffline(false);
      down = false;

      // A new version: the server now answers a changed sw.js, and the page asks for updates.
      const next = nextServiceWorker(DIST);
      env.setServerHook((req, res, path) => {
        if (path !== '/sw.js') return false;
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(next);
        return true;
      });
      await page.evaluate(() => { window.__e2eSamePage = true; });
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
      const prompt = await need(page, tid('update-prompt'), 'the update prompt', RUN_TIMEOUT);
      const said = ((await prompt.textContent()) || '').trim();
      check(/^A new version of Pipesim is ready\./.test(said), `the prompt reads ${JSON.stringify(said)}`);
      const shots = await screenShots(page, '28-offline-update-prompt');
      // Nothing reloads by itself, and the old version still runs the page.
      await page.waitForTimeout(3000);
      check(await page.evaluate(() => window.__e2eSamePage === true), 'the page reloaded before the reader clicked Reload');
      check((await cacheNames(page)).includes(cache), 'the running version\'s cache went before the reader agreed');
      const reloaded = page.waitForEvent('load', { timeout: STEP_TIMEOUT });
      await (await need(page, tid('update-reload'), 'the Reload button')).click();
      await reloaded.catch(() => {
        throw new Failure('Reload did not reload the page');
      });
      await need(page, tid('app'), 'the app after the update');
      await waitDone(page, 'the run after the update');
      check(await page.evaluate(() => window.__e2eSamePage === undefined), 'the page was not reloaded');
      await waitControlled(page, 'after the update');
      const after = await cacheNames(page);
      check(after.length === 1 && after[0] === `${cache}-next`, `caches after the update: ${JSON.stringify(after)} (expected only ${cache}-next)`);
      check((await page.locator(tid('update-prompt')).count()) === 0, 'the prompt still shows after the reload');
      return `cache ${cache}; offline: opened, ran, switched language; update prompt, reload on click → ${after[0]}; ${shots.map((f) => relative(process.cwd(), f)).join(', ')}`;
    },
  },
  {
    name: '29-sub-path',
    title: 'a build for /pipesim/ served under that path: a run in its worker, Chinese fetched, calibration in its worker, links and the service worker under it',
    async run(page, base, env) {
      check(existsSync(join(DIST_SUB, 'index.html')), `no ${DIST_SUB}: scripts/e2e.sh builds it (trunk build --release --public-url ${SUB_PATH} --dist dist-sub)`);
      const server = await serve(DIST_SUB, { prefix: SUB_PATH });
      try {
        const origin = `http://127.0.0.1:${server.address().port}/`;
        const app = `${origin}${SUB_PATH.slice(1)}`;
        const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };
        const sub = await env.pageAt(origin, clipboard);
        const requested = [];
        const workers = [];
        sub.on('request', (r) => requested.push(r.url()));
        sub.on('worker', (w) => workers.push(w.url()));
        await openApp(sub, app);
        check(workers.includes(`${app}worker_loader.js`), `no worker at ${app}worker_loader.js ran the trials: ${JSON.stringify(workers)}`);
        await sub.selectOption(tid('language'), 'zh-CN');
        await sub.waitForFunction(() => document.documentElement.lang === 'zh-CN', null, { timeout: STEP_TIMEOUT }).catch(() => {
          throw new Failure('the switch to Chinese did not load its catalogue under the sub-path');
        });
        check(requested.includes(`${app}locales/zh-CN/page.ftl`), 'the Chinese catalogue was not fetched from under the sub-path');
        // The calibration's worker starts from under the sub-path and says its fits in Chinese
        // (its catalogue fetched from there too).
        await sub.setInputFiles(tid('calibrate-file'), { name: 'deals.csv', mimeType: 'text/csv', buffer: crmExport() });
        await need(sub, tid('calibrate-review'), 'the review of deals.csv', RUN_TIMEOUT);
        await (await need(sub, tid('calibrate-fit'), 'the Fit button')).click();
        await need(sub, tid('calibrate-fits'), 'the fits of deals.csv', RUN_TIMEOUT);
        check(workers.includes(`${app}calibrate_worker_loader.js`), `no calibration worker at ${app}calibrate_worker_loader.js: ${JSON.stringify(workers)}`);
        const rates = await text(sub, tid('calibrate-rates'), 'the fitted win rates');
        check(/[\u4e00-\u9fff]/.test(rates), `the calibration worker's fits are not in Chinese: ${JSON.stringify(rates.slice(0, 80))}`);
        await (await need(sub, tid('calibrate-close'), 'the close button')).click();
        await sub.selectOption(tid('language'), 'en');
        await sub.waitForFunction(() => document.documentElement.lang === 'en');
        const outside = [...new Set(requested)].filter((u) => !u.startsWith(app) && !u.startsWith('data:') && !u.startsWith('blob:'));
        check(outside.length === 0, `requests outside ${app}: ${outside.join(', ')}`);
        const scope = await sub.evaluate(async () => (await navigator.serviceWorker.ready).scope);
        check(scope === app, `the service worker's scope is ${scope}, not ${app}`);
        await waitControlled(sub, 'under the sub-path');
        check((await cacheNames(sub)).every((n) => n.startsWith(`pipesim:${app}:`)), `caches: ${JSON.stringify(await cacheNames(sub))}`);

        await armRunWatch(sub);
        await sub.selectOption(tid('trials'), '500');
        await waitNewRun(sub, 'after choosing 500 trials');
        await (await need(sub, tid('copy-link'), 'the Copy link button')).click();
        await sub.waitForFunction(() => /Link copied/.test(document.querySelector('[data-testid="copy-link"]').textContent), null, { timeout: STEP_TIMEOUT }).catch(() => {
          throw new Failure('the Copy link button never confirmed the copy');
        });
        const link = await sub.evaluate(() => navigator.clipboard.readText());
        check(link.startsWith(`${app}#w=1.`), `the copied link is ${JSON.stringify(link.slice(0, 80))}, not under ${app}`);
        const other = await env.pageAt(origin);
        await openApp(other, link);
        check((await digests(other)) === (await digests(sub)), `the link opened other numbers: ${await digests(other)} ≠ ${await digests(sub)}`);
        const shots = await screenshots(sub, '29-sub-path-app');
        return `served at ${app}: worker ${workers.find((w) => w.endsWith('worker_loader.js'))}, scope ${scope}, link ${link.slice(0, app.length + 6)}…; ${shots.map((f) => relative(process.cwd(), f)).join(', ')}`;
      } finally {
        server.closeAllConnections();
        await new Promise((ok) => server.close(ok));
      }
    },
  },
  {
    name: '30-dark-mode',
    title: 'a dark system gives a dark page and charts, legible; the switch to Light overrides it and is kept across a reload',
    contextOptions: { colorScheme: 'dark' },
    async run(page, base) {
      await openApp(page, base);
      await need(page, `${tid('chart-bookings')} svg text`, 'the bookings chart');
      const dark = await lookOf(page);
      check(dark.theme === null, `with the system's theme <html> has data-theme=${dark.theme}`);
      check((await page.locator(tid('theme')).inputValue()) === 'system', 'the theme switch does not show System');
      check(luminanceOf(rgbOf(dark.page)) < 0.05 && luminanceOf(rgbOf(dark.paper)) < 0.05, `a dark system gives a light page: ${JSON.stringify(dark)}`);
      checkLegible(dark, 'dark');
      // The chart is repainted by the stylesheet: its gridlines dark, its blue lighter; the SVG
      // itself (what a download holds) keeps its light colours.
      check(luminanceOf(rgbOf(dark.grid)) < 0.05, `the gridlines are not dark: ${dark.grid}`);
      check(dark.median === 'rgb(88, 112, 212)' && dark.medianAttr.toUpperCase() === '#0072B2', `the median line is ${dark.median} (attribute ${dark.medianAttr}), expected the dark blue over #0072B2`);
      const download = page.waitForEvent('download');
      await page.click(tid('svg-chart-bookings'));
      const svgFile = await (await download).path();
      const svgText = readFileSync(svgFile, 'utf8');
      check(svgText.includes('fill="#5B6478"') && !/light-dark|#5870d4/i.test(svgText), 'the downloaded SVG is not the light drawing');
      const darkShots = await twoScreens(page, '30-dark-mode-dark');
      // A comparison: the scenarios' swatches take the dark variants too (the first, blue, lighter).
      await armRunWatch(page);
      await (await need(page, tid('compare-founder-led-vp-first'), 'the founder-led vs vp-first button')).click();
      await need(page, `${tid('comparison')} ${tid('chart-difference')} svg`, 'the difference chart', RUN_TIMEOUT);
      await waitNewRun(page, 'the comparison run', { changedSelector: tid('p-greater'), before: null });
      await waitDone(page, 'the comparison run');
      const swatch = await page.evaluate(() => getComputedStyle(document.querySelector('.kpi-scenario .swatch')).backgroundColor);
      check(swatch === 'rgb(88, 112, 212)', `the first scenario's swatch is ${swatch} on a dark page, expected the dark blue`);
      darkShots.push(...(await twoScreens(page, '30-dark-mode-dark-comparison')));
      // Light, chosen, beats the dark system, and is kept.
      await page.selectOption(tid('theme'), 'light');
      await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
      const light = await lookOf(page);
      check(luminanceOf(rgbOf(light.page)) > 0.8 && light.paper === 'rgb(255, 255, 255)', `Light chosen, the page is not light: ${JSON.stringify(light)}`);
      check(light.median === 'rgb(0, 114, 178)' && light.grid === 'rgb(227, 230, 237)', `Light chosen, the chart keeps dark colours: ${JSON.stringify(light)}`);
      checkLegible(light, 'light');
      const stored = await page.evaluate(() => localStorage.getItem('pipesim.theme'));
      check(stored === 'light', `the choice is stored as ${JSON.stringify(stored)}`);
      await page.reload({ waitUntil: 'load' });
      await need(page, tid('app'), 'the app after a reload');
      await waitDone(page, 'the run after a reload');
      const again = await lookOf(page);
      check(again.theme === 'light' && again.paper === 'rgb(255, 255, 255)', `after a reload the light choice is lost: ${JSON.stringify(again)}`);
      check((await page.locator(tid('theme')).inputValue()) === 'light', 'after a reload the switch does not show Light');
      const lightShots = await twoScreens(page, '30-dark-mode-light');
      // Dark, chosen, on a light system; then System again follows the system.
      await page.emulateMedia({ colorScheme: 'light' });
      await page.selectOption(tid('theme'), 'dark');
      const chosen = await lookOf(page);
      check(chosen.theme === 'dark' && luminanceOf(rgbOf(chosen.paper)) < 0.05, `Dark chosen on a light system: ${JSON.stringify(chosen)}`);
      await page.selectOption(tid('theme'), 'system');
      const system = await lookOf(page);
      check(system.theme === null && system.paper === 'rgb(255, 255, 255)', `System on a light system: ${JSON.stringify(system)}`);
      check((await page.evaluate(() => localStorage.getItem('pipesim.theme'))) === null, 'System leaves a stored choice');
      return `dark: page ${dark.page}, card ${dark.paper}, ticks ${dark.tick} (${contrastOf(dark.tick, dark.paper).toFixed(1)}:1); light kept over a reload; ${[...darkShots, ...lightShots].map((f) => relative(process.cwd(), f)).join(', ')}`;
    },
  },
  {
    name: '31-print',
    title: 'Print or save as PDF opens the print dialog; the report is one page in A4 and Letter, alone and in a comparison, light in a dark theme',
    contextOptions: { colorScheme: 'dark' },
    async run(page, base) {
      await openApp(page, base);
      await page.evaluate(() => {
        window.__e2ePrinted = 0;
        window.print = () => { window.__e2ePrinted += 1; };
      });
      await (await need(page, tid('print'), 'the Print or save as PDF button')).click();
      check((await page.evaluate(() => window.__e2ePrinted)) === 1, 'the print button did not call window.print()');
      const one = await checkOnePage(page, '31-print-default');
      const view = await printView(page, '31-print-default');
      // Dark chosen on the switch (not only the system's) prints light too.
      await page.selectOption(tid('theme'), 'dark');
      await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
      await armRunWatch(page);
      await (await need(page, tid('compare-founder-led-vp-first'), 'the founder-led vs vp-first button')).click();
      await need(page, tid('comparison'), 'the comparison panel', RUN_TIMEOUT);
      await waitNewRun(page, 'the comparison run', { changedSelector: tid('p-greater'), before: null });
      await waitDone(page, 'the comparison run');
      const two = await checkOnePage(page, '31-print-comparison');
      const compared = await printView(page, '31-print-comparison');
      check(compared.shown.comparison === 1 && compared.shown.names.length === 2, `the comparison's print view: ${JSON.stringify(compared.shown)}`);
      return `default: ${one}; comparison: ${two}; print views ${relative(process.cwd(), view.file)}, ${relative(process.cwd(), compared.file)} (${compared.shown.charts} charts)`;
    },
  },
  {
    name: '32-accessibility',
    title: 'axe finds no serious or critical violation (a run, a comparison, a tornado, the calibration; English and Chinese; 1280 and 390 px); Tab reaches every control with a visible focus and opens a chart’s numbers',
    async run(page, base) {
      await openApp(page, base);
      const found = [];
      found.push(...(await axeAtBothWidths(page, 'the default workspace')));

      // The keyboard alone: every control in Tab's order, each with a focus that shows.
      const walk = await keyboardWalk(page);
      check(walk.unmarked.length === 0, `focused without a visible focus (no outline, no box-shadow): ${walk.unmarked.join('; ')}`);
      check(walk.missed.length === 0, `controls Tab never reached (${walk.reached} reached in ${walk.presses} presses): ${walk.missed.join('; ')}`);
      await page.evaluate(() => document.activeElement?.blur());
      // The focus ring as a person sees it, on the first preset (a button) at both widths.
      const focusShots = [];
      for (const [label, size] of [['desktop', DESKTOP], ['phone', PHONE]]) {
        await page.setViewportSize(size);
        check(await tabTo(page, tid('preset-founder-led')), `Tab never reached the first preset at ${label} width`);
        const file = join(ARTIFACTS, `32-accessibility-focus-${label}.png`);
        await page.screenshot({ path: file });
        focusShots.push(file);
      }
      await page.setViewportSize(DESKTOP);

      await armRunWatch(page);
      await (await need(page, tid('compare-founder-led-vp-first'), 'the founder-led vs vp-first button')).click();
      await need(page, tid('comparison'), 'the comparison panel', RUN_TIMEOUT);
      await waitNewRun(page, 'after opening the comparison');
      await waitDone(page, 'the comparison run');
      found.push(...(await axeAtBothWidths(page, 'a two-preset comparison')));

      // A chart's numbers, opened from the keyboard: Tab to its "Show the numbers", then Enter.
      const numbers = tid('numbers-chart-difference');
      check(await tabTo(page, `${numbers} summary`), 'Tab never reached the A − B chart’s “Show the numbers”');
      await page.keyboard.press('Enter');
      await page.waitForFunction((sel) => document.querySelector(sel)?.open === true, numbers, { timeout: STEP_TIMEOUT })
        .catch(() => { throw new Failure('Enter on “Show the numbers” did not open the table'); });
      const rows = await page.evaluate((sel) => [...document.querySelectorAll(`${sel} tbody tr`)].map((r) => r.textContent.trim()), numbers);
      check(rows.length >= 9 && rows.some((r) => /^P50.*\$/.test(r)) && rows.some((r) => /^P\(A > B\)\s*\d/.test(r)),
        `the A − B chart's numbers read ${JSON.stringify(rows)}`);
      const tableShots = [];
      for (const [label, size] of [['desktop', DESKTOP], ['phone', PHONE]]) {
        await page.setViewportSize(size);
        await page.waitForTimeout(400);
        await page.locator(numbers).scrollIntoViewIfNeeded();
        const file = join(ARTIFACTS, `32-accessibility-numbers-${label}.png`);
        await page.locator(tid('chart-difference')).screenshot({ path: file });
        tableShots.push(file);
      }
      await page.setViewportSize(DESKTOP);
      const bare = await chartsWithoutNumbers(page);
      check(bare.length === 0, `charts without their numbers: ${bare.join(', ')}`);
      // A fan chart's numbers: a row per quarter and scenario, P5 to P95 in money.
      const names = await scenarioNames(page);
      const fan = await page.evaluate((sel) => [...document.querySelectorAll(`${sel} tbody tr`)].map((r) => [...r.children].map((c) => c.textContent.trim())), tid('numbers-chart-bookings'));
      check(fan.length > 0 && fan.length % names.length === 0 && fan.every((r) => r.length === 7 && /\$/.test(r[4])),
        `the bookings chart's numbers are ${JSON.stringify(fan.slice(0, 3))}… (${fan.length} rows)`);
      check(names.every((name) => fan.some((r) => r[1] === name)), `the bookings chart's numbers do not name ${JSON.stringify(names)}`);

      await runTornado(page, 100, 'the tornado');
      await page.evaluate(() => document.querySelectorAll('details.numbers').forEach((d) => { d.open = true; }));
      found.push(...(await axeAtBothWidths(page, 'the tornado, every table of numbers open')));

      await page.selectOption(tid('language'), 'zh-CN');
      await page.waitForFunction(() => document.documentElement.lang === 'zh-CN', null, { timeout: STEP_TIMEOUT });
      await page.waitForFunction((sel) => /模拟/.test(document.querySelector(sel)?.textContent || ''), tid('sensitivity-report'), { timeout: STEP_TIMEOUT }).catch(() => {});
      const showZh = await text(page, `${tid('numbers-chart-difference')} summary`, 'the A − B chart’s “Show the numbers” in Chinese');
      check(showZh === '显示数据', `“Show the numbers” reads ${JSON.stringify(showZh)} in Chinese`);
      found.push(...(await axeAtBothWidths(page, 'in Chinese')));

      await page.setInputFiles(tid('calibrate-file'), { name: 'deals.csv', mimeType: 'text/csv', buffer: crmExport() });
      await need(page, tid('calibrate-review'), 'the review of deals.csv', RUN_TIMEOUT);
      found.push(...(await axeAtBothWidths(page, 'the calibration’s review, in Chinese')));
      await page.selectOption(tid('language'), 'en');
      await page.waitForFunction(() => document.documentElement.lang === 'en', null, { timeout: STEP_TIMEOUT });
      found.push(...(await axeAtBothWidths(page, 'the calibration’s review, in English')));

      check(found.length === 0, `axe found ${found.length} serious or critical violation(s):\n    ${found.join('\n    ')}`);
      const shots = [...focusShots, ...tableShots];
      return `Tab reached ${walk.reached} controls in ${walk.presses} presses, each with a visible focus; no serious or critical axe violation in 12 scans; ${shots.map((f) => relative(process.cwd(), f)).join(', ')}`;
    },
  },
  {
    name: '33-undo-redo',
    title: 'undo and redo, by button and keyboard, take each change back and forth, and survive a reload of the tab only',
    async run(page, base, env) {
      await openApp(page, base);
      const sel = `input[type=range]${tid('field-ae.outbound_share')}`;
      const outbound = async () => Number(await page.locator(sel).first().inputValue());
      const enabled = async (id) => !(await page.locator(tid(id)).first().isDisabled());
      check(!(await enabled('undo')) && !(await enabled('redo')), 'undo or redo is on before any change');
      const v0 = await outbound();
      const v1 = Math.abs(v0 - 0.15) < 0.005 ? 0.3 : 0.15;
      await setOutbound(page, v1);
      check(await enabled('undo'), 'undo is off after an edit');
      // A drag is one step: a single undo takes the slider back to where it was picked up.
      await armRunWatch(page);
      await page.locator(tid('undo')).click();
      await waitNewRun(page, 'after clicking Undo');
      check(Math.abs((await outbound()) - v0) < 0.005, `after Undo the outbound share reads ${await outbound()}, not ${v0}`);
      check(await enabled('redo') && !(await enabled('undo')), 'after one undo, redo should be on and undo off');
      // The keyboard, outside a text box: Shift+Ctrl+Z redoes, Ctrl+Z undoes.
      await page.locator('h1').first().click();
      await armRunWatch(page);
      await page.keyboard.press('Control+Shift+KeyZ');
      await waitNewRun(page, 'after Shift+Ctrl+Z');
      check(Math.abs((await outbound()) - v1) < 0.005, `after Shift+Ctrl+Z the outbound share reads ${await outbound()}, not ${v1}`);
      // In a text box, Ctrl+Z is the box's own: the model does not change.
      const name = await need(page, tid('scenario-name'), 'the scenario name box');
      await name.focus();
      await page.keyboard.press('Control+KeyZ');
      await page.waitForTimeout(300);
      check(Math.abs((await outbound()) - v1) < 0.005, 'Ctrl+Z in the name box undid a model change');
      // A preset is a step too; a reload keeps the history.
      await armRunWatch(page);
      await (await need(page, tid('preset-vp-first'), 'the vp-first preset')).click();
      await waitNewRun(page, 'after opening vp-first');
      check((await scenarioNames(page))[0] === 'vp-first', `the scenario is ${(await scenarioNames(page))[0]} after vp-first`);
      await page.waitForTimeout(800); // the history is stored half a second after a change (and at pagehide)
      await page.reload({ waitUntil: 'load' });
      await need(page, tid('app'), 'the app after a reload');
      await waitDone(page, 'the run after the reload');
      check(await enabled('undo'), 'undo is off after a reload: the history was not kept');
      await page.locator('h1').first().click();
      await armRunWatch(page);
      await page.keyboard.press('Control+KeyZ');
      await waitNewRun(page, 'after Ctrl+Z following the reload');
      const back = await scenarioNames(page);
      check(back[0] === 'founder-led', `after the reload, Ctrl+Z brought back ${JSON.stringify(back)}, not founder-led`);
      check(Math.abs((await outbound()) - v1) < 0.005, `the undone preset brought back outbound ${await outbound()}, not ${v1}`);
      const shots = await screenshots(page, '33-undo-redo');
      // Another tab has its own history (none yet).
      const tab = await env.newTab();
      await openApp(tab, base);
      check(await tab.locator(tid('undo')).first().isDisabled(), 'a new tab has something to undo: the history is not per tab');
      await tab.close();
      return `outbound ${v0} → ${v1}, undone, redone by keys; vp-first undone after a reload; screenshots ${shots.map((f) => relative(process.cwd(), f)).join(', ')}`;
    },
  },
  {
    name: '34-target-box',
    title: 'with no target, the P(hit target) card takes one: a bad one is explained, a good one runs and shows the chance',
    async run(page, base) {
      await openApp(page, base);
      check((await page.locator(tid('kpi-target')).count()) === 0, 'a chance of hitting a target is shown though none is set');
      const box = await need(page, tid('target-input'), 'the target box in the P(hit target) card');
      await box.fill('lots');
      await page.locator(tid('target-input-set')).click();
      const why = await text(page, '.target-input .problem', 'the reason a bad target is refused');
      check(/lots/.test(why), `a bad target's reason does not name what was typed: ${JSON.stringify(why)}`);
      await box.fill('-5');
      await box.press('Enter');
      await page.waitForFunction((before) => { const t = document.querySelector('.target-input .problem')?.textContent || ''; return t !== '' && t !== before; }, why, { timeout: STEP_TIMEOUT });
      const negative = await text(page, '.target-input .problem', 'the reason a negative target is refused');
      await armRunWatch(page);
      await box.fill('250k');
      await box.press('Enter');
      await waitNewRun(page, 'after setting a target of 250k');
      const chance = await text(page, tid('kpi-target'), 'P(hit target) after setting one');
      check(/^\d+(\.\d)?%$/.test(chance), `P(hit target) reads ${JSON.stringify(chance)}`);
      const field = await page.locator(tid('field-targets.bookings_per_quarter')).first().inputValue();
      check(/250/.test(field), `the editor's target field reads ${JSON.stringify(field)} after setting 250k in the card`);
      const shots = await screenshots(page, '34-target-box');
      await armRunWatch(page);
      await page.locator(tid('undo')).click();
      await waitNewRun(page, 'after undoing the target');
      await need(page, tid('target-input'), 'the target box after undoing the target');
      return `"lots" → ${JSON.stringify(why)}; -5 → ${JSON.stringify(negative)}; 250k → ${chance}; undone; screenshots ${shots.map((f) => relative(process.cwd(), f)).join(', ')}`;
    },
  },
  {
    name: '35-detail-charts',
    title: 'in a comparison, the by-source and histogram charts follow the scenario in the editor, or show every scenario',
    async run(page, base) {
      await openApp(page, base);
      await armRunWatch(page);
      await (await need(page, tid('compare-founder-led-vp-first'), 'the founder-led vs vp-first comparison')).click();
      await need(page, tid('comparison'), 'the comparison panel', RUN_TIMEOUT);
      await waitNewRun(page, 'after opening the comparison');
      await waitDone(page, 'the comparison run');
      const caption = async (id) => text(page, `${tid(id)} figcaption, ${tid(id)} .caption`, `the caption of ${id}`);
      const names = await scenarioNames(page);
      const selectedName = names[1];
      // The comparison opens with its second scenario in the editor: the detail follows it.
      let bySource = await caption('chart-by-source');
      check(bySource.includes(selectedName), `the by-source chart is about ${JSON.stringify(bySource)}, not the scenario in the editor (${selectedName})`);
      await page.locator(tid('scenario-tab-0')).click();
      await page.waitForFunction((n) => (document.querySelector('[data-testid="chart-by-source"] figcaption, [data-testid="chart-by-source"] .caption')?.textContent || '').includes(n), names[0], { timeout: STEP_TIMEOUT });
      const histogram = await caption('chart-histogram');
      check(histogram.includes(names[0]), `the histogram is about ${JSON.stringify(histogram)} after selecting ${names[0]}`);
      // Every scenario: one chart each, drawn.
      await pick(page, 'focus', 'all');
      for (const id of ['chart-by-source', 'chart-by-source-1', 'chart-pipeline-by-source-1', 'chart-histogram', 'chart-histogram-1']) {
        await need(page, `${tid(id)} svg`, `the ${id} chart with every scenario shown`);
      }
      check((await caption('chart-histogram-1')).includes(names[1]), `the second histogram is not about ${names[1]}`);
      const shots = await screenshots(page, '35-detail-charts');
      return `follows the editor (${selectedName}, then ${names[0]}); all: two of each; screenshots ${shots.map((f) => relative(process.cwd(), f)).join(', ')}`;
    },
  },
];

// --- runner -------------------------------------------------------------------------------

/** What the test server answers before its files, set by a test (`env.setServerHook`). */
let serverHook = null;

async function main() {
  const watchdog = setTimeout(() => {
    console.error(`[e2e] gave up after ${WATCHDOG_MS / 60000} min`);
    console.log(`e2e: 0 passed, ${tests.length + 1} failed`);
    process.exit(1);
  }, WATCHDOG_MS);
  watchdog.unref();

  if (!existsSync(join(DIST, 'index.html'))) {
    console.error(`[e2e] no ${join(DIST, 'index.html')}: build the app first (trunk build --release, or bash scripts/e2e.sh)`);
    process.exit(2);
  }
  const files = readdirSync(DIST);
  if (!files.some((f) => f.endsWith('.wasm'))) console.error(`[e2e] warning: no .wasm in ${DIST}`);
  if (!existsSync(BROWSER)) {
    console.error(`[e2e] no browser at ${BROWSER}: run bash scripts/setup.sh (Debian's chromium)`);
    process.exit(2);
  }
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });

  // Test 28 changes what the server answers (a new sw.js, or no answer at all) through this.
  const server = await serve(DIST, { hook: (req, res, path) => (serverHook ? serverHook(req, res, path) : false) });
  const base = `http://127.0.0.1:${server.address().port}/`;
  log(`serving ${DIST} at ${base}`);

  const headed = process.env.E2E_HEADED === '1';
  const browser = await launchChromium(BROWSER, headed);
  log(`browser: Chromium ${browser.version()} (${BROWSER})`);

  const problems = []; // console errors, page errors, failed and outside requests, whole path
  let passed = 0;
  let failed = 0;
  const selected = ONLY ? tests.filter((t) => t.name.includes(ONLY)) : tests;

  /** Reports a page's console errors, page errors, dialogs and failed requests against `t`. */
  function watchPage(page, t, note, origin = base) {
    page.on('console', (m) => {
      if (m.type() === 'error' && !(t.expectedConsoleErrors || []).some((re) => re.test(m.text()))) {
        note('console error', m.text());
      }
    });
    page.on('pageerror', (e) => note('page error', e.stack || e.message));
    // A script from a link or file that ran would most likely show a dialog.
    page.on('dialog', (d) => {
      note('dialog opened (script ran?)', `${d.type()}: ${d.message()}`);
      d.dismiss().catch(() => {});
    });
    // A test may ask for a file that is not there on purpose (`expectedMissing`).
    const missing = (url) => (t.expectedMissing || []).some((re) => re.test(url));
    page.on('requestfailed', (r) => {
      if (!r.url().startsWith(origin)) return; // already reported as blocked
      if (missing(r.url()) && r.failure()?.errorText === 'net::ERR_FAILED') return;
      note('request failed', `${r.url()} (${r.failure()?.errorText})`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400 && !(r.status() === 404 && missing(r.url()))) note('HTTP error', `${r.status()} ${r.url()}`);
    });
  }

  /** A fresh browser context with every problem on it reported against test `t`. */
  async function instrumentedPage(t, mine, options = {}, origin = base) {
    const context = await browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1, acceptDownloads: true, ...options });
    context.setDefaultTimeout(STEP_TIMEOUT);
    const note = (kind, msg) => {
      mine.push(`${kind}: ${msg}`);
      problems.push(`[${t.name}] ${kind}: ${msg}`);
    };
    // Nothing may load from another origin.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      note('outside request blocked', url);
      return route.abort('blockedbyclient');
    });
    // Content-Security-Policy violations, in every page and tab of the context: none of what
    // the tests do (downloads, canvas PNGs, workers, files, the clipboard) may be blocked.
    await context.exposeBinding('__e2eCspViolation', ({ page: p }, v) => {
      note('CSP violation', `${v.directive} blocked ${v.blocked || '(inline)'} at ${v.where}${v.sample ? ` (${v.sample})` : ''} on ${p ? p.url().slice(0, 120) : '?'}`);
    });
    await context.addInitScript(() => {
      window.addEventListener('securitypolicyviolation', (e) => {
        window.__e2eCspViolation({
          directive: e.effectiveDirective || e.violatedDirective,
          blocked: e.blockedURI,
          where: `${e.sourceFile || '?'}:${e.lineNumber}:${e.columnNumber}`,
          sample: e.sample,
        });
      }, true);
    });
    const page = await context.newPage();
    watchPage(page, t, note, origin);
    return { context, page };
  }

  for (const t of selected) {
    const mine = [];
    const extra = [];
    const { context, page } = await instrumentedPage(t, mine, t.contextOptions || {});
    const env = {
      /** Another fresh browser context (no storage shared), closed after the test. */
      async freshPage(options = {}) {
        const made = await instrumentedPage(t, mine, options);
        extra.push(made.context);
        return made.page;
      },
      /** A fresh browser context for the site at another `origin` (test 29's sub-path server). */
      async pageAt(origin, options = {}) {
        const made = await instrumentedPage(t, mine, options, origin);
        extra.push(made.context);
        return made.page;
      },
      /** Answers requests to the test's server first (see harness.mjs `serve`), until the test ends. */
      setServerHook(hook) {
        serverHook = hook;
      },
      /** Another tab in the same browser context (shared storage), watched like the first. */
      async newTab() {
        const tab = await context.newPage();
        watchPage(tab, t, (kind, msg) => {
          mine.push(`${kind}: ${msg}`);
          problems.push(`[${t.name}] ${kind}: ${msg}`);
        });
        return tab;
      },
    };

    const started = Date.now();
    log(`▶ ${t.name}: ${t.title}`);
    try {
      const detail = await t.run(page, base, env);
      const shots = await screenshots(page, t.name);
      passed += 1;
      log(`✔ ${t.name} (${((Date.now() - started) / 1000).toFixed(1)} s)${detail ? `: ${detail}` : ''}`);
      log(`  screenshots: ${shots.map((f) => relative(process.cwd(), f)).join(', ')}`);
    } catch (e) {
      failed += 1;
      const msg = e instanceof Failure ? e.message : `${e.name}: ${e.message}`;
      log(`✘ ${t.name} (${((Date.now() - started) / 1000).toFixed(1)} s): ${msg}`);
      console.log(await describePage(page));
      if (mine.length) console.log(`  console/page problems so far:\n    ${mine.join('\n    ')}`);
      try {
        const shots = await screenshots(page, `${t.name}-FAILED`);
        console.log(`  screenshots: ${shots.map((f) => relative(process.cwd(), f)).join(', ')}`);
      } catch (se) {
        console.log(`  (no screenshot: ${se.message})`);
      }
    }
    serverHook = null;
    for (const c of extra) await c.close();
    await context.close();
  }

  // The whole path must be free of console errors, page errors and failed requests.
  const last = '14-no-console-errors';
  if (!ONLY || last.includes(ONLY)) {
    if (problems.length === 0) {
      passed += 1;
      log(`✔ ${last}: no console errors, page errors, CSP violations, dialogs, failed or outside requests on the whole path`);
    } else {
      failed += 1;
      log(`✘ ${last}: ${problems.length} problem(s) on the path:\n  ${problems.join('\n  ')}`);
    }
  }

  await browser.close();
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((e) => {
  console.error('[e2e] could not run:', e);
  console.log('e2e: 0 passed, 1 failed');
  process.exit(2);
});
