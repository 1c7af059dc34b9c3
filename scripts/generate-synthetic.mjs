// `npm run synthetic -- [scale…] [--validate]`: writes a SYNTHETIC dataset for the benchmark, in
// the app's file format (docs/dataset.md, src/domain/schema.ts), to bench/synthetic/. Never
// bundled into the app: the bench serves it to the page and stores it as an import.
//
// Scale 1: 30 districts × 12 periods (6 years, each a half year and a whole year) × 100
// indicators = 36,000 observations. Scale 10 has 300 districts (360,000 observations); scale
// 100 also has ten times the periods (3,600,000). Every number comes from a seeded PRNG, so a
// scale always gives the same file, byte for byte.
//
// What the figures look like, so a profile means something: half the indicators are amounts
// against an estimate (the half-year ones against the annual estimate, as in the articles),
// two in five are counts out of a total, one in ten a tally with no total. About a quarter of
// the amounts state a share, a fifth state growth on the year before; a few have no target
// (it is then derived from an exact share) and a few no value at all ("chưa có số liệu").
//
// Layout: valid JSON, but with every observation on a line of its own and the observations
// last, so the bench can stream a file larger than a JavaScript string may be (V8 stops at
// about 512 MB) into the page one line at a time.
import { once } from 'node:events';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Bump when the output changes, so the bench regenerates cached files. */
const GENERATOR_VERSION = 1;
const SEED = 20241121;
const BASE = { units: 30, periodsPerYear: 2, years: 6, metrics: 100 };
const LAST_YEAR = 2024;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function syntheticPath(scale) {
  return resolve(root, `bench/synthetic/dataset-x${scale}.v${GENERATOR_VERSION}.json`);
}

/** How a scale is reached: districts up to ten times, then periods. */
export function syntheticShape(scale) {
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`scale must be a whole number ≥ 1`);
  const unitFactor = scale <= 10 ? scale : 10;
  if (scale > 10 && scale % 10 !== 0) throw new Error('a scale above 10 must be a multiple of 10');
  const periodFactor = scale / unitFactor;
  const units = BASE.units * unitFactor;
  const years = BASE.years * periodFactor;
  return {
    units,
    years,
    periods: years * BASE.periodsPerYear,
    metrics: BASE.metrics,
    observations: units * years * BASE.periodsPerYear * BASE.metrics,
  };
}

/** mulberry32: small, fast, and the same numbers on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, width) => String(n).padStart(width, '0');
const round = (x, decimals) => Math.round(x * 10 ** decimals) / 10 ** decimals;

const TOPICS = [
  ['economy', 'Phát triển kinh tế', 'Economic development'],
  ['culture-society', 'Văn hóa - xã hội', 'Culture and society'],
  ['urban-land-environment', 'Xây dựng, đất đai, môi trường, đô thị', 'Land and urban management'],
  ['admin-reform-science', 'Cải cách hành chính, khoa học công nghệ', 'Admin reform, science'],
  ['security-defence', 'An ninh - quốc phòng', 'Security and defence'],
  ['party-building', 'Công tác xây dựng Đảng', 'Party building'],
];
const SOURCE_ID = 'gia-lap';
const QUOTE = 'Số liệu giả lập, không phải trích dẫn thật.';

function header(scale, shape) {
  const firstYear = LAST_YEAR - shape.years + 1;
  const units = Array.from({ length: shape.units }, (_, i) => ({
    id: `quan-${pad(i + 1, 4)}`,
    name: { vi: `Quận giả lập ${i + 1}`, en: `Synthetic district ${i + 1}` },
    city: { vi: 'Thành phố giả lập', en: 'Synthetic city' },
  }));
  const periods = [];
  for (let year = firstYear; year <= LAST_YEAR; year += 1) {
    periods.push(
      {
        id: `${year}-h1`,
        label: { vi: `6 tháng đầu năm ${year}`, en: `First 6 months of ${year}` },
        shortLabel: { vi: `6T/${year}`, en: `6M ${year}` },
        year,
        start: `${year}-01-01`,
        end: `${year}-06-30`,
      },
      {
        id: `${year}-year`,
        label: { vi: `Năm ${year}`, en: `Year ${year}` },
        shortLabel: { vi: String(year), en: String(year) },
        year,
        start: `${year}-01-01`,
        end: `${year}-12-31`,
      },
    );
  }
  const figureCount = BASE.metrics / 5;
  const figures = Array.from({ length: figureCount }, (_, k) => ({
    id: `nhom-${pad(k + 1, 2)}`,
    slug: `gia-lap-${pad(k + 1, 2)}`,
    title: {
      vi: `Nhóm chỉ tiêu giả lập ${k + 1} (${k % 2 === 0 ? 'so với dự toán' : 'đạt trên tổng số'})`,
      en: `Synthetic indicators, group ${k + 1}`,
    },
    order: k + 1,
  }));
  const metrics = Array.from({ length: BASE.metrics }, (_, j) => {
    const figure = Math.floor(j / 5);
    const kind = metricKind(j);
    const topic = kind === 'tally' ? null : TOPICS[figure % TOPICS.length][0];
    return {
      id: `chi-tieu-${pad(j + 1, 3)}`,
      name: { vi: `Chỉ tiêu giả lập ${j + 1}`, en: `Synthetic indicator ${j + 1}` },
      kind,
      unit:
        kind === 'amount' ? { vi: 'tỷ đồng', en: 'billion VND' } : { vi: 'đơn vị', en: 'items' },
      ...(kind === 'amount'
        ? { targetName: { vi: 'Dự toán cả năm', en: 'Annual estimate' }, decimals: 1 }
        : kind === 'count'
          ? { targetName: { vi: 'Tổng số', en: 'In total' } }
          : {}),
      topic,
      figure: figures[figure].id,
    };
  });
  const title = 'DỮ LIỆU GIẢ LẬP để đo hiệu năng — không phải số liệu thật';
  const notes = [];
  for (const unit of units) {
    for (let year = firstYear; year <= LAST_YEAR; year += 1) {
      notes.push({
        id: `ghi-chu-${unit.id}-${year}`,
        unit: unit.id,
        year,
        topic: TOPICS[(year + notes.length) % TOPICS.length][0],
        text: { vi: `Ghi chú giả lập (${unit.name.vi}, ${year}).`, en: 'Synthetic note.' },
        source: SOURCE_ID,
      });
    }
  }
  return {
    schemaVersion: 1,
    title: {
      vi: `${title} (${shape.observations.toLocaleString('vi-VN')} số liệu, ×${scale})`,
      en: `SYNTHETIC DATA for benchmarking — not real figures (${shape.observations} observations)`,
    },
    asOf: `${LAST_YEAR}-12-31`,
    units,
    periods,
    topics: TOPICS.map(([id, vi, en], index) => ({ id, name: { vi, en }, order: index + 1 })),
    figures,
    metrics,
    sources: [
      {
        id: SOURCE_ID,
        title,
        publisher: null,
        date: null,
        file: 'scripts/generate-synthetic.mjs',
        note: {
          vi: 'Mọi số liệu ở đây do máy tạo ngẫu nhiên để đo tốc độ của trang; không quận, kỳ hay chỉ tiêu nào là thật.',
          en: 'Every figure here is machine-made to measure the page; no district, period or indicator is real.',
        },
      },
    ],
    notes,
  };
}

function metricKind(j) {
  const r = j % 10;
  return r < 5 ? 'amount' : r < 9 ? 'count' : 'tally';
}

/** The observations of one district, one indicator, every period: yields JSON objects. */
function* observations(unitId, unitIndex, metricIndex, firstYear, lastYear) {
  const random = prng(
    SEED ^ Math.imul(unitIndex + 1, 0x9e3779b1) ^ Math.imul(metricIndex + 1, 0x85ebca77),
  );
  const kind = metricKind(metricIndex);
  const metric = `chi-tieu-${pad(metricIndex + 1, 3)}`;
  const short = pad(metricIndex + 1, 3);
  let estimate = 2000 + random() * 18000;
  const total = 10 + Math.floor(random() * 890);
  const previous = new Map();
  for (let year = firstYear; year <= lastYear; year += 1) {
    estimate *= 0.95 + random() * 0.2;
    for (const half of ['h1', 'year']) {
      const period = `${year}-${half}`;
      const obs = { id: `${unitId}-${short}-${period}`, unit: unitId, metric, period };
      if (kind === 'amount') {
        const target = round(estimate, 1);
        const value =
          random() < 0.03
            ? null
            : round(estimate * (half === 'h1' ? 0.35 + random() * 0.3 : 0.85 + random() * 0.3), 1);
        const noTarget = value != null && random() < 0.05;
        obs.value = value;
        obs.target = noTarget ? null : target;
        if (half === 'h1') obs.targetPeriod = `${year}-year`;
        if (value != null && (noTarget || random() < 0.25)) {
          obs.statedShare = {
            percent: round((value / target) * 100, 2),
            qualifier: 'exact',
            decimals: 2,
          };
        }
        const before = previous.get(half);
        if (value != null && before && random() < 0.2) {
          obs.statedGrowth = {
            percent: round((value / before - 1) * 100, 1),
            comparedTo: `${year - 1}-${half}`,
          };
        }
        if (value != null) previous.set(half, value);
        else previous.delete(half);
      } else if (kind === 'count') {
        const share = Math.min(1, (half === 'h1' ? 0.3 : 0.5) + random() * 0.6);
        obs.value = Math.floor(total * share);
        obs.target = total;
        if (random() < 0.2) {
          obs.statedShare = {
            percent: round((obs.value / total) * 100, 2),
            qualifier: 'exact',
            decimals: 2,
          };
        }
      } else {
        obs.value = 5 + Math.floor(random() * 75);
      }
      obs.source = SOURCE_ID;
      obs.quote = QUOTE;
      yield obs;
    }
  }
}

/** Writes the file for a scale; resolves with its path, shape and size in bytes. */
export async function writeSyntheticDataset(scale, file = syntheticPath(scale)) {
  const shape = syntheticShape(scale);
  const head = header(scale, shape);
  const firstYear = head.periods[0].year;
  mkdirSync(dirname(file), { recursive: true });
  const out = createWriteStream(file);
  let bytes = 0;
  let buffer = '';
  const write = async (text) => {
    buffer += text;
    if (buffer.length < 1 << 20) return;
    bytes += Buffer.byteLength(buffer);
    if (!out.write(buffer)) await once(out, 'drain');
    buffer = '';
  };
  const headText = JSON.stringify(head);
  await write(`${headText.slice(0, -1)},"observations":[\n`);
  let first = true;
  for (let u = 0; u < head.units.length; u += 1) {
    for (let m = 0; m < BASE.metrics; m += 1) {
      for (const obs of observations(head.units[u].id, u, m, firstYear, LAST_YEAR)) {
        await write(`${first ? '' : ',\n'}${JSON.stringify(obs)}`);
        first = false;
      }
    }
  }
  await write('\n]}\n');
  bytes += Buffer.byteLength(buffer);
  out.end(buffer);
  await once(out, 'finish');
  return { file, shape, bytes };
}

/** Runs the file through the app's own validator (src/domain/validate.ts), loaded by Vite. */
async function validateWithApp(file) {
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport(resolve(root, 'src/domain/validate.ts'));
  const result = module.parseDatasetText(readFileSync(file, 'utf8'));
  return result.ok ? { ok: true } : { ok: false, problems: result.problems.slice(0, 20) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const validate = args.includes('--validate');
  const scales = args.filter((arg) => !arg.startsWith('--')).map(Number);
  for (const scale of scales.length > 0 ? scales : [1]) {
    const started = Date.now();
    const { file, shape, bytes } = await writeSyntheticDataset(scale);
    console.log(
      `×${scale}: ${shape.units} districts × ${shape.periods} periods × ${shape.metrics} indicators = ` +
        `${shape.observations.toLocaleString('en')} observations, ${(bytes / 2 ** 20).toFixed(1)} MB, ` +
        `${Date.now() - started} ms → ${file}`,
    );
    if (validate) {
      const checked = await validateWithApp(file);
      console.log(
        checked.ok ? '  the app’s validator accepts it' : `  INVALID: ${JSON.stringify(checked)}`,
      );
      if (!checked.ok) process.exitCode = 1;
    }
  }
}
