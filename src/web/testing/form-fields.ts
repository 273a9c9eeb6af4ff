import { fireEvent, screen } from '@testing-library/react';

// The fields of a rendered form as its tests drive and read them, found by their `data-testid`.

export const field = (testId: string) => screen.getByTestId(testId) as HTMLInputElement;

export const type = (testId: string, value: string) => fireEvent.change(field(testId), { target: { value } });

/** The message Mantine shows for an input, found through its aria-describedby. */
export function errorOf(input: HTMLElement): string | null {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  const texts = ids
    .map((id) => document.getElementById(id))
    .filter((node) => node?.className.includes('error'));
  return texts[0]?.textContent ?? null;
}
