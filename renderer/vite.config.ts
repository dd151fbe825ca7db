import { defineConfig } from 'vite';

/**
 * The renderer is served from app:// (Electron) or a routed origin (Chromium shell) under a strict
 * CSP: every asset must be a file of its own (no inline scripts, styles or data: fonts) and every
 * path relative, so the same build works from either origin and from disk.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
});
