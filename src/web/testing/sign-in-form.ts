import { fireEvent, screen } from '@testing-library/react';
import type { LanguageCode } from '../i18n/languages';
import { renderApp } from './render-app';

// The sign-in form as its tests drive it: open, type, read the fields.

export const LOGIN = 'POST /api/v1/auth/login';

export async function openSignIn(path = '/sign-in', language: LanguageCode = 'en') {
  const view = renderApp({ path, language });
  const form = await screen.findByTestId('sign-in-form');
  return { ...view, form };
}

export function fillIn(username: string, password: string) {
  fireEvent.change(screen.getByTestId('sign-in-username'), { target: { value: username } });
  fireEvent.change(screen.getByTestId('sign-in-password'), { target: { value: password } });
}

export function submitSignIn(username: string, password: string) {
  fillIn(username, password);
  fireEvent.click(screen.getByTestId('sign-in-submit'));
}

export const usernameField = () => screen.getByTestId('sign-in-username') as HTMLInputElement;
export const passwordField = () => screen.getByTestId('sign-in-password') as HTMLInputElement;
