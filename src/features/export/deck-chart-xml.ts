import { escapeXmlText } from './xml-text';
import type { DeckChart, DeckLabel, PointFill } from './deck-charts';

/**
 * What pptxgenjs cannot say of a chart, added to the chart part it writes: each point's own
 * label and fill. PowerPoint formats a data label's number by the computer's locale, so a
 * Vietnamese deck on an English Windows would read "12,455.236" under a title that says
 * "12.455,236"; each label is therefore written as the text the screen shows (its words from
 * charts/figure-words.ts), and a derived value's bar gets a lighter fill with a dashed outline.
 * Both are standard DrawingML chart elements (`c:dLbl` with `c:tx`, `c:dPt`), which PowerPoint
 * and LibreOffice read and which stay editable there. Points with no value lose their empty
 * cached value (`<c:v></c:v>`), which is a blank, not a zero.
 */
export function patchChartXml(xml: string, chart: DeckChart, lang: string): string {
  let series = 0;
  const patched = xml.replace(/<c:ser>([\s\S]*?)<\/c:ser>/g, (_whole, body: string) => {
    const spec = chart.series[series];
    series += 1;
    if (!spec) return `<c:ser>${body}</c:ser>`;
    const points = spec.pointFills
      .map((fill, index) => (fill ? pointXml(index, fill) : ''))
      .join('');
    const labels = spec.labels.map((label, index) => labelXml(index, label, lang)).join('');
    // Replaced by functions: a label's text ("US$'000") is never read as a replacement pattern.
    const withPoints = body.replace(
      '<c:invertIfNegative val="0"/>',
      () => `<c:invertIfNegative val="0"/>${points}`,
    );
    const withLabels = withPoints.replace('<c:dLbls>', () => `<c:dLbls>${labels}`);
    return `<c:ser>${withLabels}</c:ser>`;
  });
  return patched.replace(/<c:pt idx="\d+">\s*<c:v><\/c:v>\s*<\/c:pt>/g, '');
}

const colour = (hex: string) => `<a:solidFill><a:srgbClr val="${hex}"/></a:solidFill>`;

function pointXml(index: number, fill: PointFill): string {
  const line = fill.dashedLine
    ? `<a:ln w="19050">${colour(fill.dashedLine)}<a:prstDash val="dash"/></a:ln>`
    : '';
  return `<c:dPt><c:idx val="${index}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr>${colour(fill.fill)}${line}</c:spPr></c:dPt>`;
}

const FLAGS =
  '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>';

function labelXml(index: number, label: DeckLabel | null, lang: string): string {
  if (!label) return `<c:dLbl><c:idx val="${index}"/><c:delete val="1"/></c:dLbl>`;
  const run = `<a:rPr lang="${lang}" b="${label.bold ? 1 : 0}">${colour(label.colour)}<a:latin typeface="Arial"/><a:cs typeface="Arial"/></a:rPr>`;
  return (
    `<c:dLbl><c:idx val="${index}"/><c:tx><c:rich><a:bodyPr wrap="none"/><a:lstStyle/>` +
    label.text
      .split('\n')
      .map((line) => `<a:p><a:r>${run}<a:t>${escapeXmlText(line)}</a:t></a:r></a:p>`)
      .join('') +
    `</c:rich></c:tx>` +
    `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    `<c:dLblPos val="${label.place}"/>${FLAGS}</c:dLbl>`
  );
}

/**
 * A slide's speaker notes as paragraphs, one per line, in the deck's language: pptxgenjs writes
 * them as one run of text, where a line break is not a new paragraph in PowerPoint.
 */
export function patchNotesXml(xml: string, notes: readonly string[], lang: string): string {
  const paragraphs = notes
    .map((line) =>
      line
        ? `<a:p><a:r><a:rPr lang="${lang}" dirty="0"/><a:t>${escapeXmlText(line)}</a:t></a:r></a:p>`
        : `<a:p><a:endParaRPr lang="${lang}" dirty="0"/></a:p>`,
    )
    .join('');
  return xml.replace(
    /(<p:ph type="body" idx="1"\/>[\s\S]*?<p:txBody><a:bodyPr\/><a:lstStyle\/>)[\s\S]*?(<\/p:txBody>)/,
    (_whole, start: string, end: string) => `${start}${paragraphs || '<a:p/>'}${end}`,
  );
}
