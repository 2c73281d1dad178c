// The hostile-input cases of the browser end-to-end test (test 15 of app.e2e.mjs): bad links and
// files that must each give a clear message naming what is wrong, leave the workspace on screen
// and its results exactly as they were, and run no script.
//
// Each case is { name, kind, payload, expect, ... }:
//   kind    how the input reaches the app:
//             link   the link followed or pasted into the address bar of the open page (the
//                    app's `hashchange` path); payload is the fragment, without the `#`
//             load   the page loaded fresh at the link in a new tab (the start-up path, with
//                    the autosaved work to keep); payload is the fragment
//             file   a file picked with "Open file…"; payload is its text or bytes
//             drop   a file dropped on the page; payload is its text or bytes
//             paste  a text file holding a link pasted from mail or chat (the app reads link
//                    text inside files; it has no paste box, and the address bar is `link`)
//   payload  a string or a Buffer
//   file     the file's name (file, drop, paste)
//   expect   a RegExp the message's reason (after "Why: ") must match: it names the field's
//            path, the position or the reason, never just "could not be opened"
//   literal  text the message must hold as text (markup from the input, shown, not parsed)
//   opens    the input is valid and opens: `status` and `offer` are what the run status and the
//            fewer-trials button then say (the browser's work budget), instead of a message
//   knownBug what is still wrong with the app in this case: the case runs and its failure is
//            reported as a known bug instead of failing the test; once it passes, the test fails
//            until the note is removed
//
// Payloads that carry markup set `window.__pwned` if they ever run; the test checks that it
// stays undefined.

import { deflateRawSync } from 'node:zlib';

/** A payload that sets window.__pwned if it is ever parsed as HTML. */
export const PWN_IMG = '<img src=x onerror="window.__pwned=1">';
export const PWN_SCRIPT = '<script>window.__pwned=2</script>';

/** `w=1.` with these bytes deflated and in base64url: a link whose inside is `bytes`. */
function rawLink(bytes) {
  return `w=1.${deflateRawSync(Buffer.from(bytes), { level: 9 }).toString('base64url')}`;
}

/**
 * The cases. `h` holds the test's helpers: linkFragment(json), preset(name), workspaceOf(list,
 * run?).
 */
export function hostileCases({ linkFragment, preset, workspaceOf }) {
  const good = linkFragment(workspaceOf([preset('t-model')]));
  const withAe = (fields) => {
    const s = preset('founder-led');
    s.ae = { ...(s.ae || {}), ...fields };
    return s;
  };
  const scenario = (fields) => ({ schema: 1, ...fields });
  const ws = (scenarios, run) => workspaceOf(scenarios, run);
  const bomb = `w=1.${deflateRawSync(Buffer.alloc(3 * 1024 * 1024, 32), { level: 9 }).toString('base64url')}`;
  const megaName = 'n'.repeat(1024 * 1024);
  // Random-looking bytes that are not UTF-8 or JSON (a fixed sequence, so runs repeat).
  const garbage = Buffer.alloc(4096);
  for (let i = 0, x = 12345; i < garbage.length; i += 1) {
    x = (x * 1103515245 + 12345) >>> 0;
    garbage[i] = x >>> 24;
  }
  garbage.set([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe], 0);
  // A valid-looking workspace over the 4 MB a file may be.
  const fiveMb = JSON.stringify(ws([scenario({ name: 'big', description: 'd'.repeat(5 * 1024 * 1024) })]));
  const deep = '['.repeat(10_000) + ']'.repeat(10_000);
  const manyProblems = ws(
    Array.from({ length: 24 }, (_, i) => scenario({ name: `s${i}`, horizon_months: 600, ae: { initial: -1, outbound_share: 7 } })),
  );

  return [
    // --- links: the data part -----------------------------------------------------------
    { name: 'truncated link', kind: 'link', payload: good.slice(0, Math.floor(good.length / 2)), expect: /the link is cut short: its data ends early/ },
    { name: 'bad base64 character', kind: 'link', payload: 'w=1.ab$cd', expect: /the link is damaged: '\$' at position 2 of its data is not allowed/ },
    { name: 'non-ASCII character', kind: 'link', payload: 'w=1.AAAA%C3%A9AA', expect: /the link is damaged: 'é' at position 4 of its data/ },
    { name: 'empty payload', kind: 'link', payload: 'w=1.', expect: /the link is cut short/ },
    { name: 'no version or data', kind: 'link', payload: 'w=', expect: /the link is cut short/ },
    { name: 'newer version', kind: 'link', payload: 'w=7.AAAA', expect: /made by a newer version of Pipesim \(link format 7; this version reads up to 1\)/ },
    { name: 'unknown version', kind: 'link', payload: 'w=0.AAAA', expect: /format version "0" is not one Pipesim has made/ },
    { name: 'version not a number', kind: 'link', payload: 'w=v1.AAAA', expect: /format version "v1" is not one Pipesim has made/ },
    { name: 'not deflate', kind: 'link', payload: `w=1.${Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]).toString('base64url')}`, expect: /its compressed data is not a valid deflate stream/ },
    { name: 'not UTF-8 inside', kind: 'link', payload: rawLink([0xff, 0xfe, 0x7b, 0x80]), expect: /the link is damaged: its data unpacks, but to bytes that are not UTF-8 text \(invalid byte at offset 0\)/ },
    { name: 'JSON, then a byte not UTF-8', kind: 'link', payload: rawLink([...Buffer.from('{"schema": 1, "name": "'), 0xc3, 0x28, ...Buffer.from('"}')]), expect: /its data unpacks, but to bytes that are not UTF-8 text \(invalid byte at offset 23\)/ },
    { name: 'decompression bomb', kind: 'link', payload: bomb, expect: /the link's data unpacks to more than 2 MB; Pipesim stops there/ },
    { name: 'too-long link (200,005 characters)', kind: 'link', payload: `w=1.${'A'.repeat(200_001)}`, expect: /the link is 200005 characters long; the most Pipesim reads is 200000/ },
    // --- links: the JSON inside ------------------------------------------------------------
    { name: 'not JSON', kind: 'link', payload: linkFragment('{"schema": 1, "scenarios": ['), expect: /not valid JSON: EOF while parsing a list at line 1, column 28/ },
    { name: 'a JSON list', kind: 'link', payload: linkFragment('[1, 2]'), expect: /expected a Pipesim scenario or workspace object, got a list/ },
    { name: 'wrong schema (99)', kind: 'link', payload: linkFragment({ schema: 99, scenarios: [] }), expect: /schema: 99: this file was made by a newer version of Pipesim/ },
    { name: 'schema as text', kind: 'link', payload: linkFragment({ schema: 'one', scenarios: [] }), expect: /schema: expected 1, got the text "one"/ },
    { name: 'NaN in the JSON text', kind: 'link', payload: linkFragment('{"schema": 1, "horizon_months": NaN}'), expect: /not valid JSON: expected value at line 1, column 33/ },
    { name: 'Infinity in the JSON text', kind: 'link', payload: linkFragment('{"schema": 1, "ae": {"outbound_share": Infinity}}'), expect: /not valid JSON: expected value at line 1, column 40/ },
    { name: '1e999 (a number out of range)', kind: 'link', payload: linkFragment('{"schema": 1, "horizon_months": 1e999}'), expect: /horizon_months: is a number too large to read \(beyond ±1\.8e308\), at line 1, column 37/ },
    { name: 'NaN as a string', kind: 'link', payload: linkFragment(ws([withAe({ outbound_share: 'NaN' })])), expect: /scenarios\[0\]\.ae\.outbound_share: expected a number, got the text "NaN"/ },
    { name: 'Infinity as a string', kind: 'link', payload: linkFragment(scenario({ horizon_months: 'Infinity' })), expect: /horizon_months: expected a whole number, got the text "Infinity"/ },
    { name: 'negative AEs (ae.initial -3)', kind: 'link', payload: linkFragment(ws([withAe({ initial: -3 })])), expect: /scenarios\[0\]\.ae\.initial: -3 is outside 0 to 100000/ },
    { name: 'negative trials (-1)', kind: 'link', payload: linkFragment(ws([scenario({})], { trials: -1, seed: 1 })), expect: /run\.trials: expected a whole number of trials, got -1/ },
    { name: 'fractional AEs (2.5)', kind: 'link', payload: linkFragment(ws([withAe({ initial: 2.5 })])), expect: /scenarios\[0\]\.ae\.initial: 2\.5 is not a whole number/ },
    { name: '10^9 AEs', kind: 'link', payload: linkFragment(ws([withAe({ initial: 1e9 })])), expect: /scenarios\[0\]\.ae\.initial: 1000000000 is outside 0 to 100000/ },
    { name: 'horizon of 600 months', kind: 'link', payload: linkFragment(ws([scenario({ horizon_months: 600 })])), expect: /scenarios\[0\]\.horizon_months: 600 is outside 3 to 60/ },
    { name: '10^9 trials', kind: 'link', payload: linkFragment(ws([scenario({})], { trials: 1e9, seed: 1 })), expect: /run\.trials: 1000000000 is outside 1 to 1000000/ },
    { name: 'unknown top-level key, typo’d', kind: 'link', payload: linkFragment({ ...ws([scenario({})]), baselin: 0 }), expect: /baselin: unknown key; did you mean "baseline"\?/ },
    { name: 'unknown nested key, typo’d', kind: 'link', payload: linkFragment(ws([withAe({ outbund_share: 0.2 })])), expect: /scenarios\[0\]\.ae\.outbund_share: unknown key; did you mean "outbound_share"\?/ },
    { name: 'script in an unknown key', kind: 'link', payload: linkFragment(ws([scenario({ [PWN_SCRIPT]: 1 })])), expect: /scenarios\[0\]\.<script>window\.__pwned=2<\/script>: unknown key/, literal: PWN_SCRIPT },
    { name: 'HTML name in a refused workspace', kind: 'link', payload: linkFragment(ws([scenario({ name: PWN_IMG, horizon_months: 0 })])), expect: /scenarios\[0\]\.horizon_months: 0 is outside 3 to 60/ },
    { name: 'a 1 MB name', kind: 'link', payload: linkFragment(ws([scenario({ name: megaName })])), expect: /scenarios\[0\]\.name: is 1048576 characters long; the most is 200/ },
    { name: '__proto__ key', kind: 'link', payload: linkFragment('{"schema": 1, "__proto__": {"polluted": 1}}'), expect: /__proto__: unknown key/ },
    { name: 'object for a list (scenarios: {})', kind: 'link', payload: linkFragment({ schema: 1, scenarios: {} }), expect: /scenarios: expected a list of scenarios, got an object/ },
    { name: 'too many scenarios (25)', kind: 'link', payload: linkFragment(ws(Array.from({ length: 25 }, () => scenario({})))), expect: /scenarios: holds 25 scenarios; the most is 24/ },
    { name: 'baseline out of range', kind: 'link', payload: linkFragment({ ...ws([scenario({})]), baseline: 5 }), expect: /baseline: 5 is not a scenario index; use 0 to 0/ },
    { name: '10,000 levels of [', kind: 'link', payload: linkFragment(deep), expect: /not valid JSON: recursion limit exceeded at line 1, column 128/ },
    {
      name: '72 problems at once',
      kind: 'link',
      payload: linkFragment(manyProblems),
      expect: /the link's workspace is not valid: scenarios\[0\]\.horizon_months: 600 is outside 3 to 60.*and 66 more/,
    },
    // --- a fresh load at a bad link: the autosaved work stays ------------------------------
    { name: 'fresh load: truncated', kind: 'load', payload: good.slice(0, 40), expect: /the link is cut short/ },
    { name: 'fresh load: decompression bomb', kind: 'load', payload: bomb, expect: /unpacks to more than 2 MB/ },
    { name: 'fresh load: not UTF-8 inside', kind: 'load', payload: rawLink([0x7b, 0x80]), expect: /its data unpacks, but to bytes that are not UTF-8 text \(invalid byte at offset 1\)/ },
    { name: 'fresh load: script in an unknown key', kind: 'load', payload: linkFragment(ws([scenario({ [PWN_IMG]: 1 })])), expect: /unknown key/, literal: PWN_IMG },
    // --- files -----------------------------------------------------------------------------
    { name: 'empty file', kind: 'file', file: 'empty.json', payload: '', expect: /^the file is empty: a Pipesim file holds a scenario or workspace object$/ },
    { name: 'blank file', kind: 'file', file: 'blank.json', payload: ' \n\t\n', expect: /the file is empty/ },
    { name: 'binary garbage', kind: 'file', file: 'garbage.bin', payload: garbage, expect: /not valid JSON: expected value at line 1, column 1/ },
    { name: 'a 5 MB file', kind: 'file', file: 'five.json', payload: fiveMb, expect: /five\.json is 5\.0 MB; the most Pipesim reads is 4 MB/ },
    { name: 'truncated file', kind: 'file', file: 'cut.json', payload: JSON.stringify(ws([preset('series-a')])).slice(0, 60), expect: /not valid JSON: EOF while parsing .* at line 1, column 60/ },
    { name: 'a JSON number', kind: 'file', file: 'number.json', payload: '42', expect: /expected a Pipesim scenario or workspace object, got 42/ },
    { name: 'UTF-8 BOM, then a bad horizon', kind: 'file', file: 'bom.json', payload: `\ufeff${JSON.stringify(scenario({ horizon_months: 600 }))}`, expect: /^horizon_months: 600 is outside 3 to 60/ },
    { name: 'trials: 1e400 in a file', kind: 'file', file: 'huge.json', payload: '{"schema": 1, "scenarios": [{"schema": 1}], "run": {"trials": 1e400}}', expect: /^run\.trials: is a number too large to read \(beyond ±1\.8e308\), at line 1, column 67$/ },
    { name: 'a 400-digit quota in a file', kind: 'file', file: 'digits.json', payload: `{"schema": 1, "scenarios": [{"schema": 1}, {"schema": 1, "ae": {"quota": 1${'0'.repeat(399)}}}]}`, expect: /^scenarios\[1\]\.ae\.quota: is a number too large to read \(beyond ±1\.8e308\), at line 1, column 473$/ },
    { name: 'NaN in a file', kind: 'file', file: 'nan.json', payload: '{\n  "schema": 1,\n  "ae": {"initial": NaN}\n}', expect: /not valid JSON: expected value at line 3, column 21/ },
    { name: 'string for a number', kind: 'file', file: 'types.json', payload: JSON.stringify(scenario({ horizon_months: '24', ae: { initial: '3' } })), expect: /horizon_months: expected a whole number, got the text "24"; ae\.initial: expected a whole number, got the text "3"/ },
    { name: 'list for an object', kind: 'file', file: 'shape.json', payload: JSON.stringify(scenario({ ae: [1, 2] })), expect: /ae: expected an object, got a list/ },
    // serde_json keeps the last of duplicate keys, in the CLI and the browser alike (so a file
    // with "horizon_months": 600 then 24 opens with 24, silently).
    { name: 'duplicate keys', kind: 'file', file: 'dup.json', payload: '{"schema": 1, "horizon_months": 24, "horizon_months": 600}', expect: /horizon_months: 600 is outside 3 to 60/ },
    { name: 'deep nesting in a file', kind: 'file', file: 'deep.json', payload: deep, expect: /not valid JSON: recursion limit exceeded at line 1, column 128/ },
    { name: 'unknown keys with markup, in a file', kind: 'file', file: 'markup.json', payload: JSON.stringify(scenario({ [PWN_IMG]: 1, descripton: 'x' })), expect: /<img src=x onerror="window\.__pwned=1">: unknown key; descripton: unknown key; did you mean "description"\?/, literal: PWN_IMG },
    { name: 'a 1 MB name in a file', kind: 'file', file: 'longname.json', payload: JSON.stringify(ws([scenario({ name: megaName })])), expect: /scenarios\[0\]\.name: is 1048576 characters long; the most is 200/ },
    { name: '72 problems in a file', kind: 'file', file: 'many.json', payload: JSON.stringify(manyProblems), expect: /^scenarios\[0\]\.horizon_months: 600 is outside 3 to 60; .*; and 66 more$/ },
    { name: 'dropped file: HTML in a key', kind: 'drop', file: 'dropped.json', payload: JSON.stringify(ws([scenario({ [PWN_SCRIPT]: 1 })])), expect: /scenarios\[0\]\.<script>window\.__pwned=2<\/script>: unknown key/, literal: PWN_SCRIPT },
    // --- link text inside a file (pasted from mail or chat) --------------------------------
    { name: 'pasted link, damaged', kind: 'paste', file: 'chat.txt', payload: 'https://pipesim.example/#w=1.ab$cd', expect: /the link is damaged: '\$' at position 2/ },
    { name: 'pasted link, cut short', kind: 'paste', file: 'mail.txt', payload: `Here is the plan:\nhttps://pipesim.example/#${good.slice(0, 30)}\n`, expect: /the link is cut short/ },
    { name: 'pasted link, 72 problems', kind: 'paste', file: 'many.txt', payload: `https://pipesim.example/#${linkFragment(manyProblems)}`, expect: /^the link's workspace is not valid: scenarios\[0\]\.horizon_months: 600 is outside 3 to 60; .*; and 66 more$/ },
    { name: 'pasted link, 10^9 AEs', kind: 'paste', file: 'link.txt', payload: `https://pipesim.example/#${linkFragment(ws([withAe({ initial: 1e9 })]))}`, expect: /the link's workspace is not valid: scenarios\[0\]\.ae\.initial: 1000000000 is outside/ },
    // --- valid for a file, too large for the browser ---------------------------------------
    { name: '10^6 trials (valid, over the browser’s cap)', kind: 'file', file: 'million.json', payload: JSON.stringify(ws([preset('founder-led')], { trials: 1e6, seed: 1 })), opens: ['founder-led'], status: /^Not run: trials: this workspace asks for 1000000 trials per scenario; the browser runs at most 20000/, offer: /^Run 20000 trials instead$/ },
  ];
}
