import { TextInput } from '@mantine/core';
import type { Ref } from 'react';

export interface CodeInputProps {
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  testId: string;
  ref?: Ref<HTMLInputElement>;
}

/** A second-factor code: six digits from the app (or a recovery code where the label says so). */
export function CodeInput({ label, description, value, onChange, error, testId, ref }: CodeInputProps) {
  return (
    <TextInput
      ref={ref}
      label={label}
      description={description}
      autoComplete="one-time-code"
      inputMode="numeric"
      autoCapitalize="none"
      autoCorrect="off"
      spellCheck={false}
      maxLength={64}
      size="md"
      required
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      data-testid={testId}
    />
  );
}
