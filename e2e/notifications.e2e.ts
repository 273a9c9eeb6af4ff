import { expect, test } from 'vitest';
import { NotificationsPage } from './pages/NotificationsPage.ts';
import { RoleHomePage } from './pages/RoleHomePage.ts';
import { describeInBrowser, useBrowserSession } from './support/browser-session.ts';
import { CATALOGUES } from './support/catalogues.ts';
import { signInThroughApi } from './support/demo-accounts.ts';

// coordinator.bridges has the demo's reminders about Yasmin Haddad's vetting clearance, which ran out
// two months ago (src/server/modules/demo/demo-public-register.ts): the 60-day one read, the 30- and
// 7-day ones unread. This file marks one read; nothing else reads them but the page tour.

describeInBrowser('notifications', () => {
  const session = useBrowserSession();

  test('the coordinator sees the unread count in the header, reads the reminders and marks one read', async () => {
    const { page } = session;
    const en = CATALOGUES.en.notifications;
    await signInThroughApi(page, 'coordinator.bridges');
    const home = await RoleHomePage.open(page);
    const link = page.getByTestId('notifications-link');
    await page.locator('[data-testid="notifications-link"]:not([data-unread="0"])').waitFor();
    const unreadBefore = Number(await link.getAttribute('data-unread'));
    expect(unreadBefore).toBeGreaterThan(0);
    await link.click();

    const notifications = await new NotificationsPage(home.page).verifyOnPage();
    expect(await notifications.heading.textContent()).toBe(en.page.heading);
    const messages = await notifications.messages();
    expect(messages.length).toBeGreaterThanOrEqual(3);
    for (const message of messages) expect(message).toContain('Yasmin Haddad');
    expect(messages[0]).toContain('vetting clearance');
    await expect.poll(() => notifications.unreadItems.count()).toBe(unreadBefore);

    await notifications.unreadItems.first().getByRole('button', { name: en.page.markRead }).click();
    await page.locator(`[data-testid="notifications-link"][data-unread="${unreadBefore - 1}"]`).waitFor();
    // The header's count and the list are two queries, refreshed one after the other.
    await expect.poll(() => notifications.unreadItems.count()).toBe(unreadBefore - 1);

    await notifications.switchLanguage('ar');
    expect(await notifications.documentLanguage()).toEqual({ lang: 'ar', dir: 'rtl' });
    await notifications.heading.getByText(CATALOGUES.ar.notifications.page.heading).waitFor();
    expect((await notifications.messages())[0]).toContain('Yasmin Haddad');
  });
});
