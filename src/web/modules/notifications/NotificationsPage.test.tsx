// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SignedIn } from '../../../contracts/identity';
import type { Notification, NotificationList } from '../../../contracts/notifications';
import { CATALOGUES } from '../../locales/catalogues';
import { caseManagerSession, json, problem } from '../../testing/fake-api';
import { openScreen } from '../../testing/open-screen';
import { formatDay } from '../registry/EligibilityAnswerView';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.notifications;
const LIST = 'GET /api/v1/notifications';
const YASMIN = 'Yasmin Haddad';
const IDS = {
  old: '0190c2a0-0000-7000-8000-000000000101',
  newer: '0190c2a0-0000-7000-8000-000000000102',
  course: '0190c2a0-0000-7000-8000-000000000103',
  subject: '0190c2a0-0000-7000-8000-000000000104',
};

const coordinatorSession = (): SignedIn =>
  caseManagerSession({
    user: { ...caseManagerSession().user, username: 'coordinator.bridges', displayName: 'Rania Khoury' },
    roles: [
      {
        role: 'cso_coordinator',
        scope: 'organisation',
        facility: null,
        organisation: { id: IDS.subject, name: 'Bridges' },
      },
    ],
  });

const notification = (overrides: Partial<Notification> = {}): Notification => ({
  id: IDS.newer,
  kind: 'vetting_expiring',
  subject: { type: 'practitioner', id: IDS.subject, name: YASMIN },
  course: null,
  dueOn: '2020-03-01',
  daysBefore: 7,
  message: 'The vetting clearance of Yasmin Haddad ends on 1 March 2020.',
  createdAt: '2020-02-23T08:00:00.000Z',
  readAt: null,
  ...overrides,
});

const list = (items: Notification[]): NotificationList => ({
  items,
  nextCursor: null,
  unreadCount: items.filter((item) => item.readAt === null).length,
});

function openPage(answers: Parameters<typeof openScreen>[1] = {}, language: 'en' | 'ar' = 'en') {
  return openScreen(
    '/notifications',
    {
      'GET /api/v1/me': json(coordinatorSession()),
      [LIST]: json(
        list([
          notification(),
          notification({
            id: IDS.old,
            kind: 'certificate_expiring',
            course: { id: IDS.course, code: 'data_protection', name: 'Data protection' },
            dueOn: '2999-01-31',
            daysBefore: 30,
            readAt: '2020-01-02T08:00:00.000Z',
          }),
        ]),
      ),
      ...answers,
    },
    language,
  );
}

const items = () => screen.getAllByTestId('notification');

describe('the notifications page', () => {
  it('lists the user’s notifications newest first, in words, unread ones marked', async () => {
    openPage();
    await screen.findByTestId('notifications-list');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(en.page.heading);
    await waitFor(() => expect(document.title).toContain(en.page.pageTitle));
    expect(screen.getByTestId('notifications-unread-count').textContent).toBe('1 unread notification');
    const [first, second] = items() as [HTMLElement, HTMLElement];
    expect(first.dataset.read).toBe('false');
    expect(within(first).getByTestId('notification-state').textContent).toBe(en.page.unread);
    expect(within(first).getByTestId('notification-message').textContent).toBe(
      `The vetting clearance of ${YASMIN} ended on ${formatDay('2020-03-01', 'en')}.`,
    );
    expect(first.textContent).toContain('Reminder 7 days before');
    expect(second.dataset.read).toBe('true');
    expect(within(second).getByTestId('notification-message').textContent).toBe(
      `The “Data protection” certificate of ${YASMIN} ends on ${formatDay('2999-01-31', 'en')}.`,
    );
    expect(within(second).queryByTestId('notification-mark-read')).toBeNull();
  });

  it('marks one as read, then asks for the list again', async () => {
    const { api } = openPage({
      'POST /api/v1/notifications/0190c2a0-0000-7000-8000-000000000102/read': json(
        notification({ readAt: '2026-03-09T10:00:00.000Z' }),
      ),
    });
    await screen.findByTestId('notifications-list');
    api.answer(LIST, json(list([notification({ readAt: '2026-03-09T10:00:00.000Z' })])));
    fireEvent.click(within(items()[0] as HTMLElement).getByRole('button', { name: en.page.markRead }));
    await waitFor(() =>
      expect(screen.getByTestId('notifications-unread-count').textContent).toBe('No unread notifications'),
    );
    const [sent] = api.to('POST /api/v1/notifications/0190c2a0-0000-7000-8000-000000000102/read');
    expect(sent?.headers.get('x-csrf-token')).toBe('csrf-token-of-this-session');
    expect((items()[0] as HTMLElement).dataset.read).toBe('true');
  });

  it('says when there are none, and when they could not be loaded', async () => {
    openPage({ [LIST]: json(list([])) });
    expect((await screen.findByTestId('notifications-empty')).textContent).toBe(en.page.empty);
    cleanup();
    openPage({ [LIST]: problem(500, 'internal') });
    expect((await screen.findByTestId('notifications-load-failed')).textContent).toContain(
      en.page.loadFailedTitle,
    );
  });

  it('shows the unread count in the header link', async () => {
    openPage();
    const link = await screen.findByTestId('notifications-link');
    await waitFor(() => expect(link.textContent).toBe('Notifications, 1 unread'));
    expect(link.getAttribute('href')).toBe('/notifications');
  });

  it('reads right to left in Arabic, the message in Arabic', async () => {
    openPage({}, 'ar');
    await screen.findByTestId('notifications-list');
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    const ar = CATALOGUES.ar.notifications;
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(ar.page.heading);
    expect(within(items()[0] as HTMLElement).getByTestId('notification-message').textContent).toBe(
      `انتهى تصريح التدقيق الأمني لـ ${YASMIN} في ${formatDay('2020-03-01', 'ar')}.`,
    );
    expect(within(items()[0] as HTMLElement).getByTestId('notification-state').textContent).toBe(
      ar.page.unread,
    );
  });
});
