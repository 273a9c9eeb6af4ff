import { Checkbox } from '@mantine/core';
import { useId } from 'react';
import classes from './knowledge-contribute.module.css';

/**
 * Ticks under one question (themes, target groups…): a fieldset named by its legend, its guidance and
 * its message tied to every tick, so a screen reader hears them on any of them.
 */
export function CodeChoices<Code extends string>({
  legend,
  hint,
  choices,
  value,
  onChange,
  error,
  testId,
}: {
  legend: string;
  hint: string;
  choices: readonly { value: Code; label: string }[];
  value: readonly Code[];
  onChange: (next: Code[]) => void;
  error?: string;
  testId: string;
}) {
  const hintId = useId();
  const errorId = useId();
  const describedBy = error ? `${hintId} ${errorId}` : hintId;
  const toggle = (code: Code, ticked: boolean) => {
    const next = new Set(value);
    if (ticked) next.add(code);
    else next.delete(code);
    onChange(choices.map((choice) => choice.value).filter((candidate) => next.has(candidate)));
  };
  return (
    <fieldset className={classes.choices} data-testid={testId}>
      <legend>{legend}</legend>
      <p id={hintId} className={classes.hint}>
        {hint}
      </p>
      <div className={classes.choiceGrid}>
        {choices.map((choice) => (
          <Checkbox
            key={choice.value}
            size="md"
            label={<bdi>{choice.label}</bdi>}
            value={choice.value}
            checked={value.includes(choice.value)}
            onChange={(event) => toggle(choice.value, event.currentTarget.checked)}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            data-testid={`${testId}-${choice.value}`}
          />
        ))}
      </div>
      {error && (
        <p id={errorId} className={classes.error} data-testid={`${testId}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
