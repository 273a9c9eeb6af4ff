import type { Names } from '../../../contracts/knowledge-taxonomy';
import { useTaxonomyName } from './taxonomy-names';

/** A reference-list code's name in the interface language, as text. */
export function TaxonomyName<Code extends string>({
  table,
  code,
}: {
  table: Readonly<Record<Code, Names>>;
  code: Code;
}) {
  const name = useTaxonomyName();
  return <>{name(table, code)}</>;
}
