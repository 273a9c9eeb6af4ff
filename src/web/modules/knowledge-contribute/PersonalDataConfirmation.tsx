import { Checkbox } from '@mantine/core';

/**
 * The confirmation the server asks for when the personal-data check warns (`acknowledgeWarnings`):
 * the writer or editor says that what it found is not data about a person in custody. One box for
 * every form that publishes text (saving a published entry's text, publishing, restoring); each
 * form words it for its own act.
 */
export function PersonalDataConfirmation({
  label,
  hint,
  checked,
  onChange,
  error,
  testId,
}: {
  label: string;
  hint: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | undefined;
  testId: string;
}) {
  return (
    <Checkbox
      size="md"
      label={label}
      description={hint}
      checked={checked}
      error={error}
      onChange={(event) => onChange(event.currentTarget.checked)}
      data-testid={testId}
    />
  );
}
