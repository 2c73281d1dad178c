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

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, serve } from './harness.mjs';

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

/** Clicks `selector` and returns the download's file name and bytes. */
async function download(page, selector, what) {
  const el = await need(page, selector, what);
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: STEP_TIMEOUT }), el.click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

/** Sets a range input's value the way a drag does: `input`, then `change`. */
async function moveSlider(page, sel, v) {
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

async function setOutbound(page, v) {
  await armRunWatch(page);
  await moveSlider(page, `input[type=range]${tid('field-ae.outbound_share')}`, v);
  await waitNewRun(page, `after setting the outbound share to ${v}`);
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
      return pText;
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
    title: 'broken, oversized, future and hostile links give a message and leave the workspace alone; names from links are text',
    async run(page, base) {
      await openApp(page, base);
      await renameScenario(page, 'My work');
      await waitDone(page, 'my work');
      const before = { names: await scenarioNames(page), digests: await digests(page) };
      const good = linkFragment(workspaceOf([preset('t-model')]));
      const bomb = `w=1.${deflateRawSync(Buffer.alloc(3 * 1024 * 1024, 32), { level: 9 }).toString('base64url')}`;
      const withAes = (n) => {
        const s = preset('founder-led');
        s.ae = { ...(s.ae || {}), initial: n };
        return s;
      };
      const bad = [
        ['truncated', good.slice(0, Math.floor(good.length / 2)), /cut short/],
        ['bad base64', 'w=1.ab$cd', /'\$' at position 2/],
        ['newer version', 'w=7.AAAA', /newer version of Pipesim/],
        ['decompression bomb', bomb, /unpacks to more than 2 MB/],
        ['not JSON', linkFragment('{"schema": 1, "scenarios": ['), /not valid JSON/],
        ['wrong schema', linkFragment({ schema: 99, scenarios: [] }), /newer version/],
        ['1e9 AEs', linkFragment(workspaceOf([withAes(1e9)])), /ae\.initial: 1000000000 is outside/],
        ['horizon 600', linkFragment(workspaceOf([{ schema: 1, horizon_months: 600 }])), /horizon_months: 600 is outside/],
        ['1e9 trials', linkFragment(workspaceOf([{ schema: 1 }], { trials: 1e9, seed: 1 })), /run\.trials: 1000000000 is outside/],
        ['script in a bad field', linkFragment(workspaceOf([{ schema: 1, '<script>alert(1)</script>': 1 }])), /<script>alert\(1\)<\/script>/],
      ];
      const results = [];
      for (const [what, fragment, expected] of bad) {
        await page.goto(`${base}#${fragment}`);
        const message = await waitNotice(page, expected, `the ${what} link`);
        check(/your workspace is unchanged/.test(message), `the ${what} message does not say the workspace is safe: ${message}`);
        const names = await scenarioNames(page);
        check(JSON.stringify(names) === JSON.stringify(before.names), `after the ${what} link the scenarios are ${JSON.stringify(names)}`);
        results.push(what);
        await dismissNotices(page);
      }
      check((await digests(page)) === before.digests, 'a bad link changed the results');
      // The same on a fresh load of the page: the autosaved work stays.
      const second = await page.context().newPage();
      await second.goto(`${base}#w=1.AAAA`);
      await need(second, tid('app'), 'the app on a fresh load');
      await waitNotice(second, /could not be opened/, 'a broken link on a fresh load');
      await waitDone(second, 'the fresh load');
      const names2 = await scenarioNames(second);
      check(names2.includes('My work'), `a fresh load with a broken link shows ${JSON.stringify(names2)}`);
      await second.close();
      // A valid link whose scenario names are markup: opened, and shown as text.
      const hostile = workspaceOf([{ ...preset('founder-led'), name: '<img src=x onerror=alert(1)>' }, { schema: 1, name: '<script>alert(2)</script>' }]);
      await page.goto(`${base}#${linkFragment(hostile)}`);
      await waitNotice(page, /Opened the shared link\. Your previous work is kept in Saved models/, 'the hostile-name link');
      await waitDone(page, 'the hostile-name workspace');
      const names3 = await scenarioNames(page);
      check(names3[0] === '<img src=x onerror=alert(1)>' && names3[1] === '<script>alert(2)</script>', `names shown: ${JSON.stringify(names3)}`);
      const injected = await page.evaluate(() => document.querySelectorAll('img[src="x"], main script, .tabs script').length);
      check(injected === 0, `${injected} elements were injected from a link`);
      return `${results.length} bad links refused: ${results.join(', ')}`;
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
    title: 'runs on web workers: the same bits with 1 and 2 workers and after a worker crash; partial charts stream in; no main-thread task over 50 ms',
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
          postMessage(message) {
            this.sent += 1;
            if (window.__crashes === 0 && this.sent === 3) {
              window.__crashes += 1;
              this.terminate();
              setTimeout(() => this.dispatchEvent(new ErrorEvent('error', { message: 'simulated crash' })), 0);
              return;
            }
            super.postMessage(message);
          }
        };
      });
      const afterCrash = await digestsWith(crashing, '?workers=2');
      check((await crashing.evaluate(() => window.__crashes)) === 1, 'the simulated crash did not happen');
      check(afterCrash === one, `after a worker crash the digests are ${afterCrash}, not ${one}`);
      // A big run on a warm page: partial results first, and no long task on the main thread.
      await page.addInitScript(() => {
        window.__longtasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask', buffered: true });
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
      const long = await page.evaluate(
        ({ started, ended }) => window.__longtasks.filter((t) => t.start >= started && t.start <= ended),
        { started, ended },
      );
      check(long.length === 0, `main-thread tasks over 50 ms during the run: ${JSON.stringify(long)}`);
      return `digests ${one} with 1 and 2 workers and after a crash; 10,000 trials in ${((ended - started) / 1000).toFixed(2)} s with no long task`;
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
  const browser = await launchChromium(BROWSER, headed);
  log(`browser: Chromium ${browser.version()} (${BROWSER})`);

  const problems = []; // console errors, page errors, failed and outside requests, whole path
  let passed = 0;
  let failed = 0;
  const selected = ONLY ? tests.filter((t) => t.name.includes(ONLY)) : tests;

  /** Reports a page's console errors, page errors, dialogs and failed requests against `t`. */
  function watchPage(page, t, note) {
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
    page.on('requestfailed', (r) => {
      if (!r.url().startsWith(base)) return; // already reported as blocked
      note('request failed', `${r.url()} (${r.failure()?.errorText})`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) note('HTTP error', `${r.status()} ${r.url()}`);
    });
  }

  /** A fresh browser context with every problem on it reported against test `t`. */
  async function instrumentedPage(t, mine, options = {}) {
    const context = await browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1, acceptDownloads: true, ...options });
    context.setDefaultTimeout(STEP_TIMEOUT);
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
    watchPage(page, t, note);
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
    for (const c of extra) await c.close();
    await context.close();
  }

  // The whole path must be free of console errors, page errors and failed requests.
  const last = '14-no-console-errors';
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
