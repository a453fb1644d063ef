import react from '@vitejs/plugin-react';
import { msw } from 'msw/vite';
import { defineConfig, loadEnv } from 'vite';
import { configDefaults } from 'vitest/config';

// Mocking is on in development and in the `mock` build mode (the static demo), unless a real
// backend is named with VITE_API_URL. Production builds never contain MSW or the mock database.
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const mocking = (mode === 'development' || mode === 'mock') && !env.VITE_API_URL;

  return {
    plugins: [react(), ...(mocking ? [msw({ mode: 'worker-only' })] : [])],
    resolve: { tsconfigPaths: true },
    define: {
      __MOCKING__: JSON.stringify(mocking),
    },
    build: {
      sourcemap: false,
      target: 'es2023',
      reportCompressedSize: true,
    },
    server: { host: '127.0.0.1', port: 5173, strictPort: true },
    test: {
      environment: 'jsdom',
      setupFiles: ['tests/setup.ts'],
      include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
      exclude: [...configDefaults.exclude, 'tests/e2e/**'],
      restoreMocks: true,
      testTimeout: 20_000,
    },
  };
});
