import { type RefObject, useEffect } from 'react';

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

/**
 * Mantine puts a `dir` prop on an input's wrapper (label included), not on the <input>: names may be
 * in any script (`auto`), codes, usernames and time zone ids are Latin (`ltr`), so the inputs get theirs here.
 */
export function useInputDirection(input: RefObject<HTMLInputElement | null>, dir: 'auto' | 'ltr'): void {
  useEffect(() => {
    input.current?.setAttribute('dir', dir);
  }, [input, dir]);
}
