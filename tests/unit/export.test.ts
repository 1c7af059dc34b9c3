import { describe, expect, it } from 'vitest';
import {
  PRESETS,
  pixelSize,
  presetById,
  typeScaleFor,
  typeSpecPx,
} from '../../src/domain/export-presets';
import { LARGER_TYPE, MAX_BAR_STRETCH } from '../../src/domain/chart-arrangement';
import { ALL_FILTERS, type Filters, type Lang } from '../../src/domain/url-state';
import { buildDashboardView } from '../../src/domain/view-model';
import {
  composeSvg,
  escapeXml,
  layoutFigure,
  wrapText,
  type MeasureText,
} from '../../src/features/export/compose';
import {
  CSV_COLUMNS,
  csvHeaders,
  figureCsv,
  figureCsvRows,
  toCsv,
  type CsvRow,
} from '../../src/features/export/csv';
import { csvWords } from '../../src/features/export/words';
import { CSV_BOM, escapeCsvField, inertCsvText } from '../../src/domain/csv-cell';
import { buildFigureContext } from '../../src/charts/figure-context';
import { exportFileName, slugify } from '../../src/features/export/file-name';
import { standaloneFigureWords } from '../../src/i18n/standalone-figure-words';
import { wordsIn } from '../../src/i18n/words';
import { withMixedPeriodLengths } from '../fixtures/mixed-period-lengths';
import { bundledDataset } from '../fixtures/dataset';

const dataset = bundledDataset();
const view = (filters: Partial<Filters> = {}, lang: 'vi' | 'en' = 'vi') =>
  buildDashboardView(dataset, { ...ALL_FILTERS, ...filters }, lang);
const figure = (v: ReturnType<typeof view>, id: string) => {
  const found = v.figures.find((f) => f.id === id);
  if (!found) throw new Error(`no figure ${id}`);
  return found;
};
const t = wordsIn(standaloneFigureWords, 'vi');
/** A stand-in for canvas text measurement: every character half as wide as the type is high. */
const measure: MeasureText = (text, fontPx) => text.length * fontPx * 0.5;

describe('file names', () => {
  it.each([
    ['Thu ngân sách', 'thu-ngan-sach'],
    ['Cầu Giấy', 'cau-giay'],
    ['Đống Đa', 'dong-da'],
    ['6 tháng đầu năm 2024', '6-thang-dau-nam-2024'],
    ['  <script>alert("x")</script> ', 'script-alert-x-script'],
    ['Ưu tiên: Ở, Ơ, Ư!', 'uu-tien-o-o-u'],
  ])('slugify(%s) = %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it.each<[Partial<Filters>, string, string]>([
    [{ unit: 'cau-giay', year: 2024 }, 'budget', 'thu-ngan-sach_cau-giay_6-thang-2024.png'],
    [{ unit: 'dong-da', year: 2022 }, 'budget', 'thu-ngan-sach_dong-da_9-thang-2022.png'],
    [{}, 'budget', 'thu-ngan-sach_cac-quan_cac-ky.png'],
    [{ year: 2022 }, 'budget', 'thu-ngan-sach_dong-da_9-thang-2022.png'],
    [{}, 'schools', 'truong-dat-chuan_dong-da_den-thang-10-2022.png'],
    [{}, 'progress', 'tien-do-nhiem-vu_cac-quan_cac-ky.png'],
  ])('names the file for %o, figure %s: %s', (filters, id, name) => {
    const v = view(filters);
    const fileName = exportFileName(v, figure(v, id), 'png');
    expect(fileName).toBe(name);
    expect(fileName).toMatch(/^[a-z0-9_.-]+$/);
  });
});

describe('CSV', () => {
  /** A CSV's lines, without its BOM, each split at the separator outside quotes. */
  const cells = (line: string, separator: string) =>
    [...line.matchAll(new RegExp(`(?:^|${separator})("(?:[^"]|"")*"|[^${separator}]*)`, 'g'))].map(
      (match) => (match[1] ?? '').replace(/^"|"$/g, '').replace(/""/g, '"'),
    );

  it.each<[Lang, string, string]>([
    ['vi', ';', 'Biểu đồ;Chỉ số;Đơn vị;Kỳ;Lĩnh vực;Giá trị;Chỉ tiêu / tổng số;Đơn vị tính'],
    ['en', ',', 'Chart,Indicator,District,Period,Topic,Value,Target / total,Unit'],
  ])('in %s: a BOM, headers in the language, %j between fields', (lang, separator, start) => {
    const csv = figureCsv(figure(view({}, lang), 'budget'), lang);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const [headers] = csv.slice(1).split('\r\n');
    expect(headers?.startsWith(start)).toBe(true);
    expect(headers).toBe(csvHeaders(lang).join(separator));
    expect(cells(headers ?? '', separator)).toHaveLength(CSV_COLUMNS.length);
  });

  it('names every column in both languages', () => {
    for (const lang of ['vi', 'en'] as const) {
      expect(Object.keys(csvWords[lang].csvColumns)).toEqual([...CSV_COLUMNS]);
    }
  });

  it.each<[Lang, string[][]]>([
    [
      'vi',
      [
        // unit, period, value, target, value derived, target derived (none: no target)
        ['Cầu Giấy', '6 tháng đầu năm 2023', '9.158,3', '', 'có', ''],
        ['Cầu Giấy', '6 tháng đầu năm 2024', '12.455,236', '19.492,8', 'không', 'không'],
        ['Đống Đa', '9 tháng đầu năm 2021', '7.643,8', '', 'có', ''],
        ['Đống Đa', '9 tháng đầu năm 2022', '8.599,3', '12.683,3', 'không', 'có'],
      ],
    ],
    [
      'en',
      [
        ['Cau Giay', 'First 6 months of 2023', '9158.3', '', 'yes', ''],
        ['Cau Giay', 'First 6 months of 2024', '12455.236', '19492.8', 'no', 'no'],
        ['Dong Da', 'First 9 months of 2021', '7643.8', '', 'yes', ''],
        ['Dong Da', 'First 9 months of 2022', '8599.3', '12683.3', 'no', 'yes'],
      ],
    ],
  ])('in %s: one row per data point, each value saying whether it is derived', (lang, expected) => {
    const rows = figureCsvRows(figure(view({}, lang), 'budget'), lang);
    const facts = rows.map((row) => [
      row.unit,
      row.period,
      row.value,
      row.target,
      row.valueDerived,
      row.targetDerived,
    ]);
    expect(facts).toHaveLength(expected.length);
    expect(facts).toEqual(expect.arrayContaining(expected));
  });

  it.each<[Lang, Record<string, string>, Record<string, string>]>([
    [
      'vi',
      {
        value: '12.455,236',
        target: '19.492,8',
        computedShare: '63,90',
        statedShare: '>64',
        sourceFile: '001_c17377f4227f1beb.txt',
        unitLabel: 'tỷ đồng',
      },
      {
        value: '8.599,3',
        valueFormula: '',
        targetFormula: '8.599,3 / 67,8%',
        computedShare: '67,8',
      },
    ],
    [
      'en',
      {
        value: '12455.236',
        target: '19492.8',
        computedShare: '63.90',
        statedShare: '>64',
        sourceFile: '001_c17377f4227f1beb.txt',
        unitLabel: 'billion VND',
      },
      {
        value: '8599.3',
        valueFormula: '',
        targetFormula: '8,599.3 / 67.8%',
        computedShare: '67.8',
      },
    ],
  ])(
    'in %s: the numbers and formulas written the language’s way; Đống Đa 9T/2022’s estimate alone derived',
    (lang, cauGiay2024, dongDa2022) => {
      const rows = figureCsvRows(figure(view({}, lang), 'budget'), lang);
      const byPeriod = (year: string) => rows.find((row) => row.period.includes(year));
      expect(byPeriod('2024')).toMatchObject(cauGiay2024);
      expect(byPeriod('2022')).toMatchObject(dongDa2022);
    },
  );

  it('quotes a field holding the separator, and keeps the English decimal mark a dot', () => {
    const csv = figureCsv(figure(view({}, 'en'), 'budget'), 'en');
    const line = csv.split('\r\n').find((each) => each.includes('First 9 months of 2022')) ?? '';
    expect(line).toContain(',8599.3,12683.3,billion VND,67.8,67.8,no,,yes,"8,599.3 / 67.8%",');
    expect(cells(line, ',')).toHaveLength(CSV_COLUMNS.length);
    // No Vietnamese number among the English values (the article's own quote excepted).
    const values = cells(line, ',').slice(0, CSV_COLUMNS.indexOf('quote'));
    expect(values.join(' ')).not.toMatch(/\d\.\d{3},\d|\d,\d+%/);
  });

  it('lists the 39 indicators by topic, one row each', () => {
    const rows = figureCsvRows(figure(view(), 'indicators'), 'vi');
    expect(rows.filter((row) => row.topic !== '').map((row) => row.value)).toEqual([
      '5',
      '5',
      '12',
      '4',
      '6',
      '7',
    ]);
  });

  it.each<[string, ';' | ',', string]>([
    ['plain', ';', 'plain'],
    ['a;b', ';', '"a;b"'],
    ['a;b', ',', 'a;b'],
    ['a,b', ',', '"a,b"'],
    // A Vietnamese number in a ";" file needs no quotes; in a "," file it would.
    ['12.455,236', ';', '12.455,236'],
    ['12.455,236', ',', '"12.455,236"'],
    ['say "hơn 64%"', ';', '"say ""hơn 64%"""'],
    ['two\nlines', ',', '"two\nlines"'],
    ['', ';', ''],
  ])('escapes %j in a file separated by %j as %j', (value, separator, escaped) => {
    expect(escapeCsvField(value, separator)).toBe(escaped);
  });

  it.each<[Lang, string]>([
    ['vi', ';'],
    ['en', ','],
  ])('in %s, keeps a quoted field with separators in one column', (lang, separator) => {
    const row = Object.fromEntries(CSV_COLUMNS.map((column) => [column, 'x'])) as CsvRow;
    row.quote = 'đạt "hơn 64%"; tăng 36%,\nso với cùng kỳ';
    const [, line] = toCsv([row], lang).slice(1).split(/\r\n/);
    expect(line?.startsWith(`x${separator}x${separator}`)).toBe(true);
    expect(line?.endsWith(`${separator}"đạt ""hơn 64%""; tăng 36%,\nso với cùng kỳ"`)).toBe(true);
  });
});

describe('export context', () => {
  it('is built from the same view model as the screen', () => {
    const v = view({ year: 2024, unit: 'cau-giay' });
    const context = buildFigureContext(v, figure(v, 'budget'), t);
    expect(context.title).toBe('Thu ngân sách nhà nước so với dự toán');
    expect(context.unitLine).toBe('Đơn vị tính: tỷ đồng');
    expect(context.filterLine).toBe('Năm: 2024 · Lĩnh vực: Tất cả lĩnh vực · Đơn vị: Cầu Giấy');
    expect(context.asOfLine).toBe('Số liệu đến ngày 27/06/2024');
    expect(context.sourceLines).toEqual([
      'Nguồn: “Đảng bộ quận Cầu Giấy tổ chức Hội nghị Ban Chấp hành lần thứ 24”, 27/06/2024',
    ]);
    expect(context.notes).toEqual([
      'Cầu Giấy · 6T/2024: Tỷ lệ tính được 63,90%, bài viết ghi hơn 64%. Không khớp với tỷ lệ tính được.',
    ]);
    expect(context.legend.map((item) => item.kind)).toEqual(['actual', 'target']);
  });

  it('marks derived values and warns of periods of different length, as the screen does', () => {
    const v = view();
    const budget = figure(v, 'budget');
    const context = buildFigureContext(v, budget, t);
    expect(context.legend.map((item) => item.kind)).toEqual(['actual', 'target', 'derived']);
    expect(context.notes).toContain(t.exportDerivedNote);
    // Each district's chart holds periods of one length on the bundled data: a chart that mixed
    // lengths would carry the warning first.
    const mixed = withMixedPeriodLengths(budget);
    expect(buildFigureContext(v, mixed, t).notes[0]).toContain(
      '9 tháng: 9T/2021, 9T/2022; 6 tháng: 6T/2023, 6T/2024',
    );
  });

  it('speaks the interface language', () => {
    const v = view({}, 'en');
    const context = buildFigureContext(
      v,
      figure(v, 'schools'),
      wordsIn(standaloneFigureWords, 'en'),
    );
    expect(context.filterLine).toBe(
      'Year: All years · Topic: All topics · District: All districts',
    );
    expect(context.asOfLine).toBe('Data as of 27/06/2024');
  });
});

describe('presets and layout', () => {
  it.each<[string, number, number, number]>([
    ['slide-16-9', 1, 1920, 1080],
    ['slide-16-9', 2, 3840, 2160],
    ['slide-4-3', 1, 1600, 1200],
    ['a4-landscape', 2, 2246, 1588],
  ])('%s at %s× is %s × %s pixels', (id, scale, width, height) => {
    expect(pixelSize(presetById(id), scale, { width: 0, height: 0 })).toEqual({ width, height });
  });

  it('takes the chart’s on-screen size for "as on screen"', () => {
    expect(pixelSize(presetById('screen'), 2, { width: 1302, height: 645 })).toEqual({
      width: 2604,
      height: 1290,
    });
  });

  it.each(PRESETS.filter((preset) => preset.width != null).map((preset) => preset.id))(
    'keeps every line and chart of the budget figure inside the %s frame',
    (id) => {
      const preset = presetById(id);
      const v = view();
      const context = buildFigureContext(v, figure(v, 'budget'), t);
      const layout = layoutFigure(
        context,
        [{ kind: 'amount', heading: null, naturalHeight: 340 }],
        { width: preset.width ?? 0, height: preset.height },
        preset.typeScale,
        measure,
      );
      for (const line of layout.lines) {
        expect(line.y).toBeLessThanOrEqual(layout.height);
        expect(line.x + measure(line.text, line.fontPx, line.bold)).toBeLessThanOrEqual(
          layout.width,
        );
      }
      for (const box of layout.panels) {
        expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
      }
      // A slide gives the chart most of the frame, with larger type than the screen.
      expect(layout.panels[0]?.height ?? 0).toBeGreaterThan(layout.height * 0.4);
    },
  );

  it.each<[string, number, number, number]>([
    // preset: type scale, smallest and title in px of the image
    ['slide-16-9', 2, 24, 48],
    ['slide-4-3', 2, 24, 48],
    // 9 pt and 18 pt at 96 px to the inch
    ['a4-landscape', 1, 12, 24],
  ])(
    '%s sets its type at scale %s: text %s px and more, the title %s px',
    (id, scale, min, title) => {
      const preset = presetById(id);
      expect(preset.typeScale).toBe(scale);
      expect(preset.type && typeSpecPx(preset.type)).toEqual({ smallest: min, title });
    },
  );

  it.each<[Parameters<typeof typeScaleFor>[0], number]>([
    [null, 1],
    [{ unit: 'px', smallest: 24, title: 48 }, 2],
    // The title asks more than the text: the title decides.
    [{ unit: 'px', smallest: 24, title: 60 }, 2.5],
    [{ unit: 'pt', smallest: 9, title: 18 }, 1],
    [{ unit: 'pt', smallest: 12, title: 18 }, 4 / 3],
  ])('typeScaleFor(%j) = %s', (type, scale) => {
    expect(typeScaleFor(type)).toBeCloseTo(scale);
  });

  it.each(['slide-16-9', 'slide-4-3'])(
    'on a %s slide the title is 48 px and no line of the image under 24 px',
    (id) => {
      const preset = presetById(id);
      const v = view();
      const f = figure(v, 'indicators');
      const layout = layoutFigure(
        buildFigureContext(v, f, t),
        f.panels.map((panel) => ({
          kind: panel.kind,
          heading: 'Chỉ tiêu chủ yếu của Chương trình hành động 12-CTr/QU',
          naturalHeight: 200,
        })),
        { width: preset.width ?? 0, height: preset.height },
        preset.typeScale,
        measure,
      );
      expect(layout.lines[0]?.fontPx).toBeGreaterThanOrEqual(48);
      for (const line of layout.lines) expect(line.fontPx).toBeGreaterThanOrEqual(24);
      expect(layout.legendFontPx).toBeGreaterThanOrEqual(24);
    },
  );

  it('puts two districts’ charts side by side on a slide, on one line, each half the width', () => {
    const preset = presetById('slide-16-9');
    const v = view();
    const layout = layoutFigure(
      buildFigureContext(v, figure(v, 'budget'), t),
      [
        { kind: 'amount', heading: 'Cầu Giấy', naturalHeight: 340 },
        { kind: 'amount', heading: 'Đống Đa', naturalHeight: 340 },
      ],
      { width: 1920, height: 1080 },
      preset.typeScale,
      measure,
    );
    const [left, right] = layout.panels;
    expect(left?.y).toBe(right?.y);
    expect(left?.height).toBe(right?.height);
    expect((left?.x ?? 0) + (left?.width ?? 0)).toBeLessThan(right?.x ?? 0);
    expect(left?.width).toBeGreaterThan(800);
    expect(left?.height).toBeGreaterThan(300);
  });

  it.each(['slide-16-9', 'slide-4-3', 'a4-landscape'])(
    'on %s a chart with one bar is drawn large, a band at its own height, centred, not a bar in an empty frame',
    (id) => {
      const preset = presetById(id);
      const v = view();
      const layout = layoutFigure(
        buildFigureContext(v, figure(v, 'schools'), t),
        [{ kind: 'count', heading: null, naturalHeight: 104 }],
        { width: preset.width ?? 0, height: preset.height },
        preset.typeScale,
        measure,
      );
      const [box] = layout.panels;
      if (!box) throw new Error('no chart');
      // Its type larger than the frame's, as it leaves the frame room (LARGER_TYPE) ...
      expect(layout.chartScale).toBe(preset.typeScale * LARGER_TYPE[0]);
      // ... and its height its own at that type, stretched at most by MAX_BAR_STRETCH.
      expect(box.height).toBeLessThanOrEqual(Math.round(104 * layout.chartScale * MAX_BAR_STRETCH));
      // The white around it is shared above and below, between the context and the sources.
      const above = box.y - Math.max(...layout.lines.filter((l) => l.y < box.y).map((l) => l.y));
      const below =
        Math.min(...layout.lines.filter((l) => l.y > box.y).map((l) => l.y - l.fontPx)) -
        (box.y + box.height);
      expect(Math.abs(above - below)).toBeLessThan(preset.typeScale * 40);
    },
  );

  it('gives a chart at least the height it was measured to draw at', () => {
    const v = view();
    const layout = layoutFigure(
      buildFigureContext(v, figure(v, 'indicators'), t),
      [
        { kind: 'count', heading: 'Chỉ tiêu đạt', naturalHeight: 104 },
        { kind: 'breakdown', heading: 'Theo lĩnh vực', naturalHeight: 304, leastHeight: 520 },
      ],
      { width: 1920, height: 1080 },
      2,
      measure,
    );
    expect(layout.panels[1]?.height).toBeGreaterThanOrEqual(520);
  });

  it.each(['slide-16-9', 'slide-4-3'])(
    'on %s a count and a breakdown that do not fit stacked stand side by side, the sources inside the frame',
    (id) => {
      const preset = presetById(id);
      const v = view();
      const f = figure(v, 'indicators');
      // Each chart's least height at a width, as its layout gives it: six topics need 536 px
      // where their names wrap in the axis, 422 above the bars in a column.
      const at = (kind: string) => (width: number) =>
        kind === 'count'
          ? { natural: 133, least: 133 }
          : width > 1000
            ? { natural: 700, least: 536 }
            : { natural: 850, least: 422 };
      const layout = layoutFigure(
        buildFigureContext(v, f, t),
        f.panels.map((panel) => ({
          kind: panel.kind,
          heading: 'Chỉ tiêu chủ yếu',
          naturalHeight: 200,
          at: at(panel.kind),
        })),
        { width: preset.width ?? 0, height: preset.height },
        preset.typeScale,
        measure,
      );
      const [count, breakdown] = layout.panels;
      expect(count?.y).toBe(breakdown?.y);
      expect(breakdown?.height).toBeGreaterThanOrEqual(422);
      for (const box of layout.panels)
        expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
      for (const line of layout.lines) expect(line.y).toBeLessThanOrEqual(layout.height);
      const lowestChart = Math.max(...layout.panels.map((box) => box.y + box.height));
      const sources = layout.lines.filter((line) => line.text.startsWith('Nguồn'));
      expect(sources.length).toBeGreaterThan(0);
      for (const line of sources) expect(line.y - line.fontPx).toBeGreaterThanOrEqual(lowestChart);
    },
  );

  it('wraps long text to the width', () => {
    const lines = wrapText('một hai ba bốn năm sáu bảy tám chín mười', 100, 10, false, measure);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measure(line, 10, false)).toBeLessThanOrEqual(100);
  });
});

describe('SVG composition', () => {
  it('holds the title and context as text, escaped, with the font and a white background', () => {
    const v = view();
    const context = {
      ...buildFigureContext(v, figure(v, 'schools'), t),
      title: 'Trường <b>&</b> "lớp"',
    };
    const layout = layoutFigure(
      context,
      [{ kind: 'count', heading: null, naturalHeight: 104 }],
      { width: 800, height: null },
      1,
      measure,
    );
    const svg = composeSvg(layout, ['<svg width="10" height="10"></svg>'], {
      fontCss: '@font-face{font-family:x}',
      transparent: false,
    });
    expect(svg).toContain('Trường &lt;b&gt;&amp;&lt;/b&gt; &quot;lớp&quot;');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('Số liệu đến ngày 27/06/2024');
    expect(svg).toContain('@font-face');
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
    const transparent = composeSvg(layout, [], { fontCss: '', transparent: true });
    expect(transparent).not.toContain('<rect width="100%" height="100%"');
  });

  it('escapes XML', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });
});

describe('dataset text stays inert in exports', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
    ['+1', "'+1"],
    ['-cmd', "'-cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    // OWASP's CSV injection patterns: DDE, a tab or a carriage return before the formula.
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ["@SUM(1+9)*cmd|' /C calc'!A0", "'@SUM(1+9)*cmd|' /C calc'!A0"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    // A cell holding a line break is tested by its first character all the same.
    ['=HYPERLINK("http://x",\n"y")', '\'=HYPERLINK("http://x",\n"y")'],
    ['+1\n+2', "'+1\n+2"],
    // A plain number stays a number, in either language's style.
    ['-12,5', '-12,5'],
    ['-12.455,236', '-12.455,236'],
    ['-1,234.5', '-1,234.5'],
    ['-5,2 %', '-5,2 %'],
    ['-', "'-"],
    ['Cầu Giấy', 'Cầu Giấy'],
    ['tổng = 62', 'tổng = 62'],
  ])('CSV text %j is written as %j', (text, inert) => {
    expect(inertCsvText(text)).toBe(inert);
  });

  it('keeps numbers as numbers and neutralises a formula in a quote', () => {
    const v = view();
    const schools = figure(v, 'schools');
    const panel = schools.panels[0];
    if (panel?.kind !== 'count' || !panel.rows[0]) throw new Error('expected a count panel');
    const tampered = {
      ...schools,
      panels: [{ ...panel, rows: [{ ...panel.rows[0], quote: '=1+1' }] }],
    };
    const line = figureCsv(tampered, 'vi').slice(1).split('\r\n')[1] ?? '';
    expect(line).toContain(";'=1+1");
    expect(line).toContain(';43;62;');
  });

  it('drops characters XML forbids, so the SVG stays well formed', () => {
    expect(escapeXml('Cầu\u0000 Giấy\u001F <b>')).toBe('Cầu Giấy &lt;b&gt;');
    const layout = layoutFigure(
      { ...buildFigureContext(view(), figure(view(), 'schools'), t), title: 'A\u0007B' },
      [{ kind: 'count', heading: null, naturalHeight: 104 }],
      { width: 800, height: null },
      1,
      measure,
    );
    const svg = composeSvg(layout, ['<svg><text>x\u0001y</text></svg>'], {
      fontCss: '',
      transparent: false,
    });
    // eslint-disable-next-line no-control-regex
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(svg).toContain('>AB</text>');
  });
});
