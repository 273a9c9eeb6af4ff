// What the global setup hands to every browser test through vitest's provide/inject.
declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the one Pathways server the browser tests share, e.g. http://127.0.0.1:41234. */
    baseUrl: string;
    /** Chromium's executable, or null when none was found and the browser tests are skipped. */
    chromiumPath: string | null;
  }
}

export {};
