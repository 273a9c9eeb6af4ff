import { TextInput } from '@mantine/core';

/** A registry form's field for a day (`YYYY-MM-DD`), with the browser's own date picker. */
export function DayField({
  label,
  description,
  required,
  value,
  error,
  onChange,
  testId,
}: {
  label: string;
  description?: string;
  required?: boolean;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  testId: string;
}) {
  return (
    <TextInput
      type="date"
      label={label}
      description={description}
      size="md"
      required={required}
      value={value}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value)}
      data-testid={testId}
    />
  );
}
