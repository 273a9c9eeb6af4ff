import { highlightParts } from './highlight';
import classes from './knowledge.module.css';

/** A search passage with its matched words in <mark>, everything else as text (React escapes it). */
export function HighlightedText({ text, lang, testId }: { text: string; lang?: string; testId?: string }) {
  return (
    <p dir="auto" lang={lang} className={classes.highlight} data-testid={testId}>
      {highlightParts(text).map((part, index) =>
        // The parts never move or change within one passage: their position is their identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </p>
  );
}
