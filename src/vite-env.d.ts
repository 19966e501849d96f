/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of a real backend (`https://api.example.com`); empty: the in-browser mock serves the API. */
  readonly VITE_API_BASE_URL?: string;
  /** Milliseconds a request waits for its answer before it times out; default 15000. */
  readonly VITE_API_TIMEOUT_MS?: string;
  /** Sub-path the app is served under (`/console/`); default `/`. */
  readonly VITE_BASE_PATH?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
