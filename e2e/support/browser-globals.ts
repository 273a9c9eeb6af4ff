/**
 * The few browser APIs that code run inside the page (`evaluate`, `addInitScript`) uses, typed by hand.
 *
 * Why not `/// <reference lib="dom" />`: the root tsconfig compiles e2e/ in one program with the
 * server, and a lib reference adds the DOM to that whole program; it would, for one, turn Node's
 * `Response.json()` into `Promise<any>` in server code and hide real type errors there. Without the DOM
 * library, Playwright's `HTMLElement`-typed callback parameters silently become untyped, so every
 * in-page callback names one of these types instead. Type-only: nothing here reaches the browser.
 */
export interface BrowserGlobals {
  document: BrowserDocument;
  getComputedStyle(element: BrowserElement): { fontFamily: string; direction: string };
}

export interface BrowserDocument {
  title: string;
  documentElement: BrowserElement;
  body: BrowserElement;
  createElement(tag: 'canvas'): BrowserCanvas;
  createElement(tag: string): BrowserElement;
  createRange(): BrowserRange;
  addEventListener(type: 'securitypolicyviolation', listener: (event: CspViolationEvent) => void): void;
}

export interface BrowserElement {
  textContent: string | null;
  scrollWidth: number;
  clientWidth: number;
  append(child: BrowserElement): void;
}

/** A DOM Range, for measuring where an element's text itself lies (not its box). */
export interface BrowserRange {
  selectNodeContents(node: BrowserElement): void;
  getBoundingClientRect(): { x: number; width: number };
}

export interface BrowserCanvas extends BrowserElement {
  width: number;
  height: number;
  getContext(kind: '2d', options: { willReadFrequently: boolean }): BrowserCanvasContext | null;
}

export interface BrowserCanvasContext {
  font: string;
  direction: 'ltr' | 'rtl';
  textAlign: 'center';
  clearRect(x: number, y: number, width: number, height: number): void;
  fillText(text: string, x: number, y: number): void;
  getImageData(x: number, y: number, width: number, height: number): { data: Uint8ClampedArray };
}

export interface CspViolationEvent {
  effectiveDirective: string;
  blockedURI: string;
  sourceFile: string;
  lineNumber: number;
}
