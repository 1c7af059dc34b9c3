import { createRoot } from 'react-dom/client';
import { AmountChart } from '../../charts/AmountChart';
import { BreakdownChart } from '../../charts/BreakdownChart';
import { CountChart } from '../../charts/CountChart';
import { ChartFont } from '../../charts/text-measure';
import type { Lang } from '../../domain/url-state';
import type { Panel } from '../../domain/view-model';
import { ShownLanguage } from '../../i18n/use-messages';
import { EXPORT_FONT_FAMILY } from './fonts';

export interface ChartJob {
  panel: Panel;
  width: number;
  height: number;
}

function ChartForExport({ job, typeScale }: { job: ChartJob; typeScale: number }) {
  const size = { width: job.width, height: job.height };
  switch (job.panel.kind) {
    case 'amount':
      return <AmountChart panel={job.panel} size={size} typeScale={typeScale} />;
    case 'count':
      return <CountChart panel={job.panel} size={size} typeScale={typeScale} />;
    case 'breakdown':
      return <BreakdownChart panel={job.panel} size={size} typeScale={typeScale} />;
  }
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Draws the charts at the export's exact size, off screen, with the same components as the
 * page, and returns each chart's SVG. The whole chart is captured whatever the window's size or
 * scroll position, because it is drawn anew rather than copied from the screen.
 */
export async function renderChartSvgs(
  jobs: readonly ChartJob[],
  typeScale: number,
  lang: Lang,
): Promise<string[]> {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = 'position:fixed;left:-100000px;top:0;pointer-events:none;';
  document.body.appendChild(host);
  const root = createRoot(host);
  try {
    // A root of its own, apart from the page's: it is given the language the charts speak.
    root.render(
      <ShownLanguage value={lang}>
        {/* Laid out for the font the image embeds (its faces are in document.fonts by now). */}
        <ChartFont value={EXPORT_FONT_FAMILY}>
          {jobs.map((job, index) => (
            <div key={index} data-export-job={index}>
              <ChartForExport job={job} typeScale={typeScale} />
            </div>
          ))}
        </ChartFont>
      </ShownLanguage>,
    );
    // Recharts lays out in a few passes; wait until every chart has drawn its bars.
    for (let frame = 0; frame < 30; frame += 1) {
      await nextFrame();
      const surfaces = host.querySelectorAll('svg.recharts-surface');
      const drawn = [...surfaces].filter((svg) => svg.querySelector('.recharts-bar-rectangle'));
      if (surfaces.length === jobs.length && drawn.length === jobs.length) break;
    }
    const serializer = new XMLSerializer();
    return jobs.map((_, index) => {
      // Each chart from its own box: one that failed to draw must fail the export, not shift
      // the others into the wrong place.
      const svg = host.querySelector(`[data-export-job="${index}"] svg.recharts-surface`);
      if (!svg) throw new Error(`chart ${index + 1} of ${jobs.length} was not drawn`);
      const clone = svg.cloneNode(true) as SVGSVGElement;
      // Recharts sizes its surface with CSS (width: 100%); in a standalone SVG that would
      // stretch the chart over the whole image, so only the attributes are kept.
      clone.removeAttribute('style');
      clone.removeAttribute('class');
      return serializer.serializeToString(clone);
    });
  } finally {
    root.unmount();
    host.remove();
  }
}
