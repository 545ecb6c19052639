import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The server serves dist/ with an SPA fallback; in development the API runs separately on port 3000.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
