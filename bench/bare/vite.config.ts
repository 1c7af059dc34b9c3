import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The benchmark's baseline page (not part of the app): the app's libraries and two small charts,
 * nothing else. Built out of the repository's lint scope; `npm run bench` builds and serves it.
 */
const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  plugins: [react()],
  build: {
    target: 'es2022',
    outDir: `${here}../../node_modules/.cache/bench-bare-dist`,
    emptyOutDir: true,
  },
});
