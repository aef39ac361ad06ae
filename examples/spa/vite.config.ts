import { defineConfig } from 'vite';

// Built to static files (dist/) that the demo server (examples/shop/server) serves on its own port,
// with every unknown path answered by index.html so client-side routes survive a reload.
export default defineConfig({
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: { port: 5174, proxy: { '/collect': 'http://127.0.0.1:5173' } },
});
