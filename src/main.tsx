import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Be Vietnam Pro, bundled: designed for Vietnamese, so every diacritic comes from one font,
// and no request leaves the app's own origin. fonts.css gives each subset (Vietnamese, Latin,
// Latin Extended) its unicode-range, so the browser downloads only the subsets a page uses,
// and shows the font only if it is there at first layout (font-display: optional; no reflow).
import './styles/fonts.css';
import './styles/app.css';
import { App } from './app/App';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
