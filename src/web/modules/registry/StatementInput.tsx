import { Textarea } from '@mantine/core';
import { useEffect, useRef } from 'react';

/**
 * Free text over several lines (reasons, conditions, findings). People write in any script, so the
 * textarea itself takes its direction from its text (Mantine would put `dir` on the wrapper only).
 */
export function StatementInput({
  label,
  description,
  required = false,
  value,
  onChange,
  error,
  testId,
}: {
  label: string;
  description?: string;
  required?: boolean;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  testId: string;
}) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    ref.current?.setAttribute('dir', 'auto');
  }, []);
  return (
    <Textarea
      ref={ref}
      label={label}
      description={description}
      required={required}
      size="md"
      // Not Mantine's autosize: a fixed height that the reader can drag is enough here, and autosize
      // listens to document.fonts, which not every engine the tests run in has.
      rows={4}
      resize="vertical"
      value={value}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value)}
      data-testid={testId}
    />
  );
}
