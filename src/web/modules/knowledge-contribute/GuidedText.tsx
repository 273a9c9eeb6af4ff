import { Textarea, TextInput } from '@mantine/core';
import { useEffect, useRef } from 'react';

/**
 * A text field with its guidance under the label (Mantine ties the description and the error to the
 * field with aria-describedby). What people write may be in any script: `dir="auto"` on the field
 * itself (or the
 * language's direction), and `lang` when the language of the writing is known.
 */
export function GuidedText({
  label,
  hint,
  value,
  onChange,
  error,
  required,
  multiline,
  lang,
  dir = 'auto',
  testId,
}: {
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
  multiline?: boolean;
  lang?: string;
  dir?: 'auto' | 'ltr' | 'rtl';
  testId: string;
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  const areaRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const element = inputRef.current ?? areaRef.current;
    element?.setAttribute('dir', dir);
    if (lang) element?.setAttribute('lang', lang);
    else element?.removeAttribute('lang');
  }, [lang, dir]);
  const shared = {
    label,
    description: hint,
    size: 'md' as const,
    required,
    value,
    error,
    'data-testid': testId,
  };
  return multiline ? (
    <Textarea
      {...shared}
      ref={areaRef}
      // A fixed height the reader can drag, not Mantine's autosize (it listens to document.fonts).
      rows={4}
      resize="vertical"
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  ) : (
    <TextInput
      {...shared}
      ref={inputRef}
      autoComplete="off"
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}
