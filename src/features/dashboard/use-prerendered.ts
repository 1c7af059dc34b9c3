import {
  capturingPrerender,
  prerenderKey,
  prerenderedFigure,
} from '../../components/prerendered-figures';
import { useLang } from '../../state/dashboard-store';

/**
 * A card's part in the page the build draws (see prerendered-figures.ts): the fingerprint it
 * stamps on what it draws while the build is capturing the page, and, until it has drawn its own,
 * what the build drew for this very figure, to keep in its place (null when there is none).
 */
export function usePrerendered(
  figure: { readonly id: string },
  drawn: boolean,
): { node: HTMLElement | null; captureKey: string | undefined } {
  const lang = useLang();
  return {
    node: drawn ? null : prerenderedFigure(figure, lang),
    captureKey: capturingPrerender() ? prerenderKey(figure, lang) : undefined,
  };
}
