declare global {
  interface Window {
    /**
     * The console's stylesheet, requested by index.html as it is parsed, without holding its
     * first paint (the boot script, scripts/boot-script.ts): settled once it has loaded or failed.
     */
    consoleStyles?: Promise<void>;
  }
}

/**
 * The built index.html paints its boot frame (styled inline) as soon as it is parsed, and
 * requests the console's stylesheet beside the script instead of before the paint: the console
 * renders once that stylesheet is in (or has failed: it then renders rather than stay on the
 * frame), never unstyled. In development Vite puts the styles in with the modules: nothing to
 * wait for.
 */
export function stylesReady(): Promise<void> {
  return (typeof window !== 'undefined' && window.consoleStyles) || Promise.resolve();
}
