/**
 * Builds renderer/ into out/renderer with relative asset paths (the app
 * serves it from its own app:// scheme). No inline scripts or styles, so the
 * CSP stays `script-src 'self'; style-src 'self'` (security.md E3).
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * shared/i18n holds texts and pure functions only. Saying so lets the build
 * leave out the languages the renderer loads on demand (renderer/i18n/
 * catalogues.ts) instead of importing every one up front for the side
 * effects an object spread might have.
 */
const sideEffectFree = /[\\/]shared[\\/]i18n[\\/][^\\/]+\.ts$/;

/** This folder, as a file-system path (Windows drive letters included), without Node imports. */
const here = decodeURIComponent(new URL('.', import.meta.url).pathname).replace(/^\/([A-Za-z]:)/, '$1');

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    rolldownOptions: { treeshake: { moduleSideEffects: (id: string) => !sideEffectFree.test(id) } },
  },
});
