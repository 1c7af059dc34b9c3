// First: boot starts reading the saved import while the rest of the code loads.
import { boot } from './app/boot';
import { StrictMode } from 'react';
import { App } from './app/App';
// On screen, the reader's own system font (see --font in app.css); exported images embed
// Be Vietnam Pro (src/features/export/fonts.ts).
import './styles/app.css';
// After app.css: the printed report's rules outweigh the screen's.
import './styles/print.css';

const root = document.getElementById('root');
if (root) {
  boot(root, (queryClient) => (
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>
  ));
}
