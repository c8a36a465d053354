import { defineConfig, type Plugin } from 'vite';
// The embedded Explore v2.1 API over sample data (not shipped in the library).
import { exploreMiddlewareConnect } from './api/explore.mjs';
// The real upstreams replayed offline, at /replay/<host>/ (api/replay.mjs).
import { replayMiddlewareConnect } from './api/replay.mjs';

/** Mounts the embedded API in the dev server and the preview server (so `npm start`, `vite preview` and Storybook share it). */
export function embeddedApi(): Plugin {
  const middleware = exploreMiddlewareConnect({ shiftDates: true });
  const replay = replayMiddlewareConnect({ shiftDates: true });
  return {
    name: 'carif-embedded-api',
    configureServer(server) {
      server.middlewares.use(middleware);
      server.middlewares.use(replay);
      // The demo lives in demo/: the site root sends there.
      server.middlewares.use((req, res, next) => {
        if (req.url === '/' || req.url === '/index.html') {
          res.statusCode = 302;
          res.setHeader('Location', '/demo/');
          res.end();
        } else next();
      });
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
      server.middlewares.use(replay);
    },
  };
}

export default defineConfig({
  root: '.',
  plugins: [embeddedApi()],
  server: { open: false, host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
