// End-to-end test of the Pipesim browser app: a person's path through the release build.
//
//   node tests/e2e/app.e2e.mjs [--dist DIR] [--artifacts DIR] [--only NAME]
//
// Serves DIR (default: dist/ at the repo root, made by `trunk build --release`) from this
// process on 127.0.0.1 (an ephemeral port), drives Debian's Chromium (/usr/bin/chromium) through
// playwright-core, and takes screenshots at 1280×800 and 390×844 (the screen and the whole page)
// after each step into tests/e2e/artifacts/. Every test gets a fresh browser context. Any request
// to another origin is blocked and reported. The last line is `e2e: N passed, M failed`; the exit
// code is 1 when a test failed, 2 when the run could not start (no dist/, no browser).
//
// Environment: CHROMIUM (browser binary, default /usr/bin/chromium), E2E_TIMEOUT_MS (the limit
// of one wait for a run, default 240000), E2E_HEADED=1 (show the browser, needs a display).

import { createServer } from 'node:http';
import { createReadStream, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');

// --- options ------------------------------------------------------------------------------
const argv = process.argv.slice(2);
function opt(name, fallback) {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : fallback;
}
const DIST = resolve(opt('dist', join(repo, 'dist')));
const ARTIFACTS = resolve(opt('artifacts', join(here, 'artifacts')));
const ONLY = opt('only', null);
const BROWSER = process.env.CHROMIUM || '/usr/bin/chromium';
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

// --- a static server for dist/ --------------------------------------------------------------
const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

function serve(root) {
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
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
      () => /^\s*Done\b/.test(document.querySelector('[data-testid="run-status"]')?.textContent || ''),
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

// --- the tests ------------------------------------------------------------------------------

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
      return `bookings KPI ${kpi}`;
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
      await page.evaluate(
        ({ sel, v }) => {
          const el = document.querySelector(sel);
          const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
          setValue.call(el, String(v));
          el.dispatchEvent(new Event('input', { bubbles: true }));
          el.dispatchEvent(new Event('change', { bubbles: true }));
        },
        { sel, v: target },
      );
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
      return pText;
    },
  },
];

// --- runner -------------------------------------------------------------------------------

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

  const server = await serve(DIST);
  const base = `http://127.0.0.1:${server.address().port}/`;
  log(`serving ${DIST} at ${base}`);

  const headed = process.env.E2E_HEADED === '1';
  const browser = await chromium.launch({
    executablePath: BROWSER,
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
  log(`browser: Chromium ${browser.version()} (${BROWSER})`);

  const problems = []; // console errors, page errors, failed and outside requests, whole path
  let passed = 0;
  let failed = 0;
  const selected = ONLY ? tests.filter((t) => t.name.includes(ONLY)) : tests;

  for (const t of selected) {
    const context = await browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1 });
    context.setDefaultTimeout(STEP_TIMEOUT);
    const mine = [];
    const note = (kind, msg) => {
      mine.push(`${kind}: ${msg}`);
      problems.push(`[${t.name}] ${kind}: ${msg}`);
    };
    // Nothing may load from another origin.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(base) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      note('outside request blocked', url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') note('console error', m.text());
    });
    page.on('pageerror', (e) => note('page error', e.stack || e.message));
    page.on('requestfailed', (r) => {
      if (!r.url().startsWith(base)) return; // already reported as blocked
      note('request failed', `${r.url()} (${r.failure()?.errorText})`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) note('HTTP error', `${r.status()} ${r.url()}`);
    });

    const started = Date.now();
    log(`▶ ${t.name}: ${t.title}`);
    try {
      const detail = await t.run(page, base);
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
    await context.close();
  }

  // The whole path must be free of console errors, page errors and failed requests.
  const last = '05-no-console-errors';
  if (!ONLY || last.includes(ONLY)) {
    if (problems.length === 0) {
      passed += 1;
      log(`✔ ${last}: no console errors, page errors, failed or outside requests on the whole path`);
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
