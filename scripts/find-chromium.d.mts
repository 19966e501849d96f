export declare const CHROMIUM_ARGS: string[];
export declare function findChromium(options?: {
  install?: boolean;
  quiet?: boolean;
}): { path: string; source: string; installed: boolean } | undefined;
