import type { Locator, Page } from 'playwright-core';
import type { BrowserElement, BrowserGlobals } from '../support/browser-globals.ts';

export const LANGUAGES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const;
export type LanguageCode = (typeof LANGUAGES)[number];

/**
 * The frame around every screen: header, demo banner, navigation, language switcher, main.
 * Subclasses name the page inside it by its `data-testid`; `verifyOnPage()` waits until it shows.
 */
export abstract class ShellPage {
  protected abstract readonly pageTestId: string;

  constructor(readonly page: Page) {}

  /** The <html> element, which carries the page's `lang` and `dir`. */
  get root(): Locator {
    return this.page.locator(':root');
  }

  get pageContent(): Locator {
    return this.page.getByTestId(this.pageTestId);
  }

  get heading(): Locator {
    return this.pageContent.getByRole('heading', { level: 1 });
  }

  get languageSwitcher(): Locator {
    return this.page.getByTestId('language-switcher');
  }

  get demoBanner(): Locator {
    return this.page.getByTestId('demo-banner');
  }

  /** The signed-in user's name, organisation and sign-out button, in the header. */
  get userMenu(): Locator {
    return this.page.getByTestId('user-menu');
  }

  /** A link of the main navigation by its test id, e.g. "nav-sessions". */
  navLink(testId: string): Locator {
    return this.page.getByRole('navigation').getByTestId(testId);
  }

  /** Presses "Sign out" and waits until the sign-in page's address is reached. */
  async signOut(): Promise<void> {
    await this.page.getByTestId('sign-out').click();
    await this.page.waitForURL((url) => url.pathname === '/sign-in');
  }

  get brandLink(): Locator {
    return this.page.getByRole('banner').getByRole('link', { name: 'Pathways', exact: true });
  }

  /** Waits until the shell and this page's content are on screen; fails after Playwright's 30 s default if not. */
  async verifyOnPage(): Promise<this> {
    await this.languageSwitcher.waitFor({ state: 'visible' });
    await this.pageContent.waitFor({ state: 'visible' });
    return this;
  }

  /** Chooses a language in the switcher and waits until <html lang> says it took effect. */
  async switchLanguage(code: LanguageCode): Promise<this> {
    await this.languageSwitcher.selectOption(code);
    await this.root.and(this.page.locator(`[lang="${code}"]`)).waitFor({ state: 'attached' });
    return this;
  }

  /** Waits until the document title (set after render, in the current language) contains `text`. */
  async waitForTitleContaining(text: string): Promise<string> {
    await this.page.waitForFunction(
      (expected: string) => (globalThis as unknown as BrowserGlobals).document.title.includes(expected),
      text,
    );
    return this.page.title();
  }

  /** `lang` and `dir` of the root element. */
  async documentLanguage(): Promise<{ lang: string | null; dir: string | null }> {
    return { lang: await this.root.getAttribute('lang'), dir: await this.root.getAttribute('dir') };
  }

  /** The language the switcher shows as chosen. */
  chosenLanguage(): Promise<string> {
    return this.languageSwitcher.inputValue();
  }

  /** Whether the document is wider than the viewport, i.e. the user would have to scroll sideways. */
  hasHorizontalScroll(): Promise<boolean> {
    return this.root.evaluate((root: BrowserElement) => root.scrollWidth > root.clientWidth);
  }

  async reload(): Promise<this> {
    await this.page.reload();
    return this.verifyOnPage();
  }
}

/** Goes to `path` and returns the page object once `verifyOnPage()` has seen it. */
export async function visit<T extends ShellPage>(
  PageType: new (page: Page) => T,
  page: Page,
  path: string,
): Promise<T> {
  await page.goto(path);
  return new PageType(page).verifyOnPage();
}
