// Vite for the web app: root web/, output web/dist, /api proxied to the server in development.
// Run from the repository root: `vite build --config web/vite.config.ts` (npm run web:build).
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = process.env.EE_API_URL ?? 'http://127.0.0.1:3000';

/**
 * gcds.css @imports its fonts from Google Fonts: drop that import, so no page of ours calls a third party
 * (privacy, CSP, offline tests); the design system's font stacks fall back to system fonts.
 */
function noThirdPartyFonts(): Plugin {
  return {
    name: 'ee-no-third-party-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('@gcds-core') || !id.split('?')[0]!.endsWith('.css')) return null;
      return { code: code.replace(/@import\s+url\(["']?https:\/\/fonts\.googleapis\.com[^)]*\)\s*;?/g, ''), map: null };
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [noThirdPartyFonts(), react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    manifest: true,
    target: 'es2022',
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      // The GC Design System wrapper imports all 40 components; their modules only define classes, registered when a
      // wrapper first renders (defineCustomElement). Declaring them free of side effects keeps the unused ones out
      // of the bundle (gcds-topic-menu and gcds-table alone are ~200 KB).
      treeshake: {
        moduleSideEffects: (id: string) => !/[\\/]@gcds-core[\\/]components[\\/]dist[\\/]components[\\/]/.test(id),
      },
    },
  },
  server: {
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
});
