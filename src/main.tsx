import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Be Vietnam Pro, bundled: designed for Vietnamese, so every diacritic comes from one font,
// and no request leaves the app's own origin. Only the Vietnamese and Latin subsets are loaded.
import '@fontsource/be-vietnam-pro/vietnamese-400.css';
import '@fontsource/be-vietnam-pro/latin-400.css';
import '@fontsource/be-vietnam-pro/vietnamese-600.css';
import '@fontsource/be-vietnam-pro/latin-600.css';
import '@fontsource/be-vietnam-pro/vietnamese-700.css';
import '@fontsource/be-vietnam-pro/latin-700.css';
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
