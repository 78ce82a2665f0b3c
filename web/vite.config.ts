import { defineConfig } from 'vite';
import { mockApi } from './dev/mock-api';

// `npm run dev` answers /api from the in-memory mock in dev/, or, with PARINDEX_API set
// (e.g. http://127.0.0.1:18090), passes /api to a running parindex server. The mock is a dev
// server plugin only: `vite build` never bundles it.
const backend = process.env.PARINDEX_API;

export default defineConfig({
  base: './',
  plugins: backend ? [] : [mockApi()],
  server: backend ? { proxy: { '/api': backend, '/healthz': backend } } : {},
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    // The ECharts chunk (about 470 kB, 160 kB gzipped) is loaded by the dashboard and the dossier page only.
    chunkSizeWarningLimit: 700,
  },
});
