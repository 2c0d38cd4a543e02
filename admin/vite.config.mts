import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `base: './'` keeps asset URLs relative, so the built folder can be hosted under any path.
export default defineConfig({
  base: './',
  plugins: [react()],
  server: { port: 3000, strictPort: true, host: true },
  preview: { port: 3000, strictPort: true },
  build: { outDir: 'dist', sourcemap: true, target: 'es2022', manifest: true },
});
