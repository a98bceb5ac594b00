import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { cspPlugin } from './scripts/vite-csp';
import { noMapProjections } from './scripts/vite-no-map-projections';

// `vite build --mode single` writes dist/offline/index.html: one self-contained file for offline talks.
export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    plugins: [
      svelte(),
      svelteTesting(),
      noMapProjections(),
      ...(single ? [viteSingleFile()] : []),
      cspPlugin({ single }),
    ],
    server: { port: 5173 },
    preview: { port: 4173, strictPort: true },
    build: {
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 600,
      // Browsers that run es2022 preload modules themselves (where one does not, it is a lost hint, not an error).
      modulePreload: { polyfill: false },
      ...(single
        ? {
            outDir: 'dist/offline',
            emptyOutDir: true,
            copyPublicDir: false,
          }
        : {}),
    },
    worker: { format: 'es' },
    test: {
      include: ['test/unit/**/*.test.ts', 'test/component/**/*.test.ts'],
      environment: 'node',
      // Component tests (jsdom) need requestAnimationFrame: the slower views follow a paint.
      environmentOptions: { jsdom: { pretendToBeVisual: true } },
      setupFiles: ['test/setup.ts'],
      testTimeout: 30000,
    },
  };
});
