import type { RefObject } from 'react';

/**
 * After React has drawn the messages: focuses the first field marked invalid, or else the message
 * above the form. Refs, not elements: the message may only exist once React has drawn it.
 */
export function focusFirstProblem(
  form: RefObject<HTMLFormElement | null>,
  alert: RefObject<HTMLElement | null>,
): void {
  requestAnimationFrame(() => {
    const field = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (field ?? alert.current)?.focus();
  });
}
