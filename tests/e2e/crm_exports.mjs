// CRM exports for the calibration tests (test 27 of app.e2e.mjs) and its benchmark
// (bench_calibrate.mjs): opportunities as Salesforce writes them in a European locale
// (semicolons, day-first dates, amounts like "12.345,67 €"), made here from a seeded generator,
// so that every run reads the same file.

/** A seeded generator of numbers in [0, 1) (a 31-bit LCG: plenty for test data). */
function generator(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 1) / 2147483648;
  };
}

const DAY = 86_400_000;
const OWNERS = ['Ana Silva', 'Ben Okafor', 'Chen Wei', 'Dana Levi', 'Eva Novak', 'Farid Haddad', 'Grace Kim', 'Hugo Roth'];
const SOURCES = [['Outbound', 0.22], ['Inbound', 0.3], ['SDR', 0.16], ['Partner', 0.25]];

function dayFirst(t) {
  const d = new Date(t);
  const two = (n) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** A cell as CSV writes it: quoted when it holds the delimiter, a quote or a line break. */
function cell(text) {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function euros(x) {
  const [whole, cents] = x.toFixed(2).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${cents} €`;
}

/**
 * `rows` opportunities created over two years to 2025-12-31. Options:
 *   ambiguous  every date's day is 12 or less, so the dates read either way
 *   owner      the first owner's name (hostile text, to be shown as text)
 *   stage      a stage name used now and then (hostile text)
 *   badRow     one row's creation date is 31/02/2024 (named in the problems)
 */
export function crmExport({ rows = 3000, seed = 7, ambiguous = false, owner = null, stage = null, badRow = true } = {}) {
  const rand = generator(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const owners = owner ? [owner, ...OWNERS.slice(1)] : OWNERS;
  const start = Date.UTC(2024, 0, 1);
  const asOf = Date.UTC(2025, 11, 31);
  const lines = ['Opportunity ID;Created Date;Close Date;Amount;Stage;Opportunity Owner;Lead Source'];
  for (let i = 0; i < rows; i += 1) {
    let created = start + Math.floor(rand() * 700) * DAY;
    if (ambiguous) {
      const d = new Date(created);
      created = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1 + Math.floor(rand() * 12));
    }
    const [source, rate] = SOURCES[Math.floor(rand() * SOURCES.length)];
    let closed = created + Math.round(Math.exp(Math.log(60) + 0.6 * normal())) * DAY;
    if (ambiguous) {
      const d = new Date(closed);
      closed = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1 + Math.floor(rand() * 12));
      if (closed < created) closed = created;
    }
    const amount = Math.exp(Math.log(20000) + 0.7 * normal());
    let name;
    let close = dayFirst(closed);
    if (closed > asOf) {
      name = 'Negotiation';
      close = '';
    } else if (stage && i % 50 === 0) {
      name = stage;
    } else if (i % 97 === 0) {
      name = 'Closed';
    } else {
      name = rand() < rate ? 'Closed Won' : 'Closed Lost';
    }
    const createdText = badRow && i === 41 ? '31/02/2024' : dayFirst(created);
    const who = owners[Math.floor(rand() * owners.length)];
    lines.push([`OPP-${i + 1}`, createdText, close, euros(amount), name, who, source].map(cell).join(';'));
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}
