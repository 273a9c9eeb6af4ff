import { Checkbox } from '@mantine/core';
import { useId } from 'react';
import classes from './registry-record.module.css';

export interface Choice {
  value: string;
  label: string;
}

/**
 * Ticks under one question (facilities, kinds of intervention): a fieldset named by its legend, its
 * message said under the ticks and tied to each of them, so a screen reader hears it on any tick and
 * the form's focus lands on the first one when the list is at fault.
 */
export function ChoiceList({
  legend,
  choices,
  value,
  onChange,
  error,
  testId,
}: {
  legend: string;
  choices: readonly Choice[];
  value: readonly string[];
  onChange: (next: string[]) => void;
  error?: string;
  testId: string;
}) {
  const errorId = useId();
  const toggle = (choice: string, ticked: boolean) =>
    onChange(ticked ? [...value, choice] : value.filter((item) => item !== choice));
  return (
    <fieldset className={classes.choices} data-testid={testId}>
      <legend>{legend}</legend>
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
            aria-describedby={error ? errorId : undefined}
            data-testid={`${testId}-choice`}
          />
        ))}
      </div>
      {error && (
        <p id={errorId} className={classes.choiceError} data-testid={`${testId}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
