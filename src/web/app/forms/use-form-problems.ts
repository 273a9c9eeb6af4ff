import { useRef, useState } from 'react';
import { focusFirstProblem } from './form-focus';

/**
 * The problems a form shows, and `show`, which draws them and then moves focus to the first field at
 * fault (or the message above the form) so that a keyboard or screen-reader user lands on it.
 * `formRef` goes on the <form>, `alertRef` on the message above it.
 */
export function useFormProblems<Problems>(none: () => Problems) {
  const [problems, setProblems] = useState<Problems>(none);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  function show(next: Problems) {
    setProblems(next);
    focusFirstProblem(formRef, alertRef);
  }

  return { problems, setProblems, show, formRef, alertRef };
}
