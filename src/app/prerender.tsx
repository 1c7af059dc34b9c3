import { renderToString } from 'react-dom/server';
import { App, createQueryClient } from './App';

/**
 * The page as it first looks, before any script has run: the header, the controls (disabled) and
 * "Đang tải dữ liệu…". Rendered at build time into index.html (vite.config.ts), so that the title
 * paints as soon as the HTML and its stylesheet arrive rather than after the whole script has
 * loaded and run. The script replaces it with the dashboard once the data is read (src/main.tsx),
 * without a shift (tested); with ?lang=en the words change to English then.
 */
export function renderShell(): string {
  return renderToString(<App queryClient={createQueryClient()} />);
}
