/// <reference types="vite/client" />

/** True when the app runs on its in-browser mock backend (dev and the `mock` build mode). */
declare const __MOCKING__: boolean;

interface ImportMetaEnv {
  /** Base URL of a real backend's API, e.g. https://api.example.ru/api/v1. Empty means same origin. */
  readonly VITE_API_URL?: string;
}
