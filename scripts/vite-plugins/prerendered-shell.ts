import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';

/**
 * The loading state of the app, rendered to HTML at build time (src/app/prerender.tsx) and put in
 * #root: the header and title paint before the script has arrived, which is most of a phone's
 * wait. No script is added, so the Content-Security-Policy is unchanged.
 */
export function prerenderedShell(): Plugin {
  return {
    name: 'prerendered-shell',
    apply: 'build',
    async transformIndexHtml(html) {
      const server = await createServer({
        configFile: false,
        logLevel: 'error',
        plugins: [react()],
        server: { middlewareMode: true, hmr: false, ws: false },
        appType: 'custom',
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const module = (await server.ssrLoadModule('/src/app/prerender.tsx')) as {
          renderShell: () => string;
        };
        const markup = module.renderShell();
        return html.replace('<div id="root">', () => `<div id="root">${markup}`);
      } finally {
        await server.close();
      }
    },
  };
}
