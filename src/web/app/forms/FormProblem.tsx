import type { Ref } from 'react';
import { Notice } from '../ui/Notice';

/** The sentence above a form saying what stopped it, when there is one; focused by the form after a refusal. */
export function FormProblem({
  message,
  title,
  ref,
  testId,
}: {
  message: string | null | undefined;
  title: string;
  ref: Ref<HTMLDivElement>;
  testId?: string;
}) {
  if (!message) return null;
  return (
    <Notice ref={ref} tone="error" title={title} data-testid={testId}>
      <p>{message}</p>
    </Notice>
  );
}
