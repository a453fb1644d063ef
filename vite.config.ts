import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import babel from '@rolldown/plugin-babel';
import react, { reactCompilerPreset } from '@vitejs/plugin-react';
import { msw } from 'msw/vite';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { configDefaults } from 'vitest/config';

/**
 * Writes `.br` and `.gz` beside every text asset, as a static host serves them (nginx `gzip_static`,
 * `brotli_static`); the mock HTTP server sends them too. Compressing once at build time lets us use the
 * slowest, smallest settings.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      for (const file of walk(outDir)) {
        if (!/\.(js|css|html|svg|json|txt)$/.test(file)) continue;
        const body = readFileSync(file);
        if (body.length < 1024) continue;
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
        writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
      }
    },
  };
}

// Mocking is on in development and in the `mock` build mode (the static demo), unless a real
// backend is named with VITE_API_URL. Production builds never contain MSW or the mock database.
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const mocking = (mode === 'development' || mode === 'mock') && !env.VITE_API_URL;

  return {
    plugins: [
      react(),
      // React Compiler: components and hooks are memoised at build time, so a change of route,
      // query or store re-renders what reads it, not every component below it. Only src/ (the
      // mock backend has no components); the lint rules (react-hooks 7) keep the code compilable.
      // react-hook-form: `reset()` must pass `keepFieldsRef: true`, as a compiled form never calls
      // `register()` again to refill the registry a plain reset empties (facebook/react#37149).
      babel({ include: /\/src\/.*\.tsx?$/, presets: [reactCompilerPreset()] }),
      precompress(),
      ...(mocking ? [msw({ mode: 'worker-only' })] : []),
    ],
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
