import type { EntryTextField, PersonalDataWarning } from '../../../../contracts/knowledge.ts';
import type { KnowledgeLanguage } from '../../../../contracts/knowledge-taxonomy.ts';

// The personal-data check: nothing personal about people in custody may be published, and text
// written about a practice sometimes carries case data by accident (a prisoner's number, a name, a
// date of birth, a case file's reference). The check looks for text shaped like such data in every
// language and warns the proposer and editors; it decides nothing (an editor may confirm that a
// warning is not personal data and publish). It errs on the side of few false alarms: years, counts,
// percentages and year ranges are never flagged, and a long number only with letters or dashes in it.

export const TRANSLATION_TEXT_FIELDS = [
  'title',
  'summary',
  'legalFramework',
  'approach',
  'resources',
  'results',
  'measurement',
  'lessons',
  'sustainability',
] as const;
export type TranslationTextField = (typeof TRANSLATION_TEXT_FIELDS)[number];

export type CheckedText = { language: KnowledgeLanguage } & Partial<Record<TranslationTextField, string>>;

type Kind = PersonalDataWarning['kind'];

const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}])';

/** Patterns whose whole match is the finding. */
const PATTERNS: readonly [Kind, RegExp][] = [
  // Numbered: "No. 4471-22", "n° 12345", "détenu n° 12345", "№ 5532", "Nr. 0042/7".
  [
    'identity_number',
    new RegExp(`${NOT_LETTER_BEFORE}(?:No\\.?|no\\.|n[°º]|N[°º]|№|Nr\\.?)\\s*:?\\s*\\d[\\d\\-/]{2,}`, 'gu'),
  ],
  // Births: "born 12/03/1990", "date of birth", "né le …", "nacido el", "родился …", "出生于…", "مواليد …".
  [
    'date_of_birth',
    new RegExp(
      [
        `${NOT_LETTER_BEFORE}(?:[Bb]orn(?:\\s+(?:on|in))?\\s+(?:\\d|[A-Z][a-z]+\\s+\\d))`,
        `${NOT_LETTER_BEFORE}(?:[Dd]ate of birth|DOB|[Dd]\\.o\\.b\\.)`,
        `${NOT_LETTER_BEFORE}[Nn][ée]e?\\s+le${NOT_LETTER_AFTER}`,
        `${NOT_LETTER_BEFORE}[Dd]ate de naissance`,
        `${NOT_LETTER_BEFORE}[Nn]acid[oa]\\s+el${NOT_LETTER_AFTER}`,
        `${NOT_LETTER_BEFORE}[Ff]echa de nacimiento`,
        `${NOT_LETTER_BEFORE}[Рр]одил(?:ся|ась)${NOT_LETTER_AFTER}`,
        `${NOT_LETTER_BEFORE}[Дд]ата рождения`,
        '出生于',
        '出生日期',
        'مواليد',
        'تاريخ الميلاد',
      ].join('|'),
      'gu',
    ),
  ],
  // A title and a name: "Mr Haddad", "Mme Benali", "M. Dupont", "Sra. Gómez", "г-н Иванов", "السيد أحمد",
  // and in Chinese a surname then 先生 or 女士 ("王先生").
  [
    'person_name',
    new RegExp(
      [
        `${NOT_LETTER_BEFORE}(?:Mr|Mrs|Ms|Mme|Mlle|Sr|Sra|Srta)\\.?\\s+\\p{Lu}\\p{Ll}+`,
        `${NOT_LETTER_BEFORE}M\\.\\s+\\p{Lu}\\p{Ll}+`,
        `${NOT_LETTER_BEFORE}(?:г-н|г-жа|господин|госпожа)\\s+\\p{Lu}\\p{Ll}+`,
        '(?<![位各们])\\p{Script=Han}(?:先生|女士)(?!们)',
        'السيدة?\\s+\\p{L}+',
      ].join('|'),
      'gu',
    ),
  ],
  // A case file's reference: "case 2023/114", "dossier n° 12-554", "дело № 45/2021", "案件 2021-17".
  [
    'case_reference',
    new RegExp(
      `(?:${NOT_LETTER_BEFORE}(?:[Cc]ase|[Dd]ossier|[Aa]ffaire|[Cc]aso|[Ee]xpediente|[Дд]ело)${NOT_LETTER_AFTER}|案件|案号|القضية|قضية)` +
        '\\s*(?:(?:No\\.?|n[°º]|№|#)\\s*\\d{2,}(?:[/-]\\d+)?|:?\\s*\\d+[/-]\\d+)',
      'gu',
    ),
  ],
  // Bounded, and never starting inside a run of address characters: a long field of letters must
  // not cost time in the square of its length (every load and save of a draft runs this check).
  [
    'email_or_phone',
    /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}/gu,
  ],
];

/** A long number with letters or dashes in it ("A123456", "4471-22345"), not a date or a year range. */
const CODE_TOKEN =
  /(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)+|(?<![\p{L}\p{N}])\p{L}+\p{N}+\p{L}*/gu;
const DATE_OR_YEARS = /^(?:\d{4}[-/]\d{1,4}(?:[-/]\d{1,4})?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})$/;

/** A telephone number: starting with + or 0, 9 to 15 digits. Counts ("1 250 000") start otherwise. */
const PHONE = /(?<![\p{L}\p{N}+])(?:\+|0)[\d\s().-]{7,20}\d/gu;

const digitsIn = (text: string) => (text.match(/\d/g) ?? []).length;

/** Every place in one text that looks like case data: kind, start and end. */
export function findPersonalData(text: string): { kind: Kind; start: number; end: number }[] {
  const found: { kind: Kind; start: number; end: number }[] = [];
  for (const [kind, pattern] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      found.push({ kind, start: match.index, end: match.index + match[0].length });
    }
  }
  for (const match of text.matchAll(CODE_TOKEN)) {
    if (digitsIn(match[0]) >= 5 && !DATE_OR_YEARS.test(match[0])) {
      found.push({ kind: 'identity_number', start: match.index, end: match.index + match[0].length });
    }
  }
  for (const match of text.matchAll(PHONE)) {
    const digits = digitsIn(match[0]);
    if (digits >= 9 && digits <= 15 && !DATE_OR_YEARS.test(match[0].trim())) {
      found.push({ kind: 'email_or_phone', start: match.index, end: match.index + match[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const EXCERPT_MAX = 60;

/** A few words around a finding, at most 60 characters, on one line. */
export function excerptOf(text: string, start: number, end: number): string {
  const room = Math.max(0, EXCERPT_MAX - (end - start));
  const from = Math.max(0, start - Math.floor(room / 2));
  const excerpt = text.slice(from, Math.min(text.length, from + EXCERPT_MAX));
  return excerpt.replace(/\s+/g, ' ').trim();
}

/**
 * The text of an entry kept outside its translations and published with it (`ENTRY_TEXT_FIELDS`).
 * Written by contributors and editors in no declared language, it is checked, and its warnings
 * shown, in the entry's original language.
 */
export interface EntryText {
  originalLanguage: KnowledgeLanguage;
  links?: readonly { label: string }[];
  peerReviews?: readonly { conclusion: string }[];
}

/** The warnings of an entry's translations: one per finding, in field order. */
export function checkPersonalData(texts: readonly CheckedText[]): PersonalDataWarning[] {
  const warnings = new Warnings();
  for (const text of texts) {
    for (const field of TRANSLATION_TEXT_FIELDS) warnings.check(text.language, field, text[field]);
  }
  return warnings.list;
}

/**
 * Everything an entry publishes that the check reads: its translations, then its links' labels and
 * its peer reviews' conclusions (`ENTRY_TEXT_FIELDS`). What publishing and restoring check, and what
 * the proposer and editors see warned about.
 */
export function checkEntryPersonalData(
  entry: EntryText,
  texts: readonly CheckedText[],
): PersonalDataWarning[] {
  return [...checkPersonalData(texts), ...checkEntryText(entry)];
}

/** The warnings of an entry's links' labels and peer reviews' conclusions (those given). */
export function checkEntryText(entry: EntryText): PersonalDataWarning[] {
  const warnings = new Warnings();
  for (const link of entry.links ?? []) warnings.check(entry.originalLanguage, 'links', link.label);
  for (const review of entry.peerReviews ?? []) {
    warnings.check(entry.originalLanguage, 'peerReviews', review.conclusion);
  }
  return warnings.list;
}

/** Findings turned into warnings, each once: the same words twice in one field warn once. */
class Warnings {
  readonly list: PersonalDataWarning[] = [];
  private readonly seen = new Set<string>();

  check(
    language: KnowledgeLanguage,
    field: TranslationTextField | EntryTextField,
    value: string | undefined,
  ) {
    if (!value) return;
    for (const finding of findPersonalData(value)) {
      const warning = {
        kind: finding.kind,
        language,
        field,
        excerpt: excerptOf(value, finding.start, finding.end),
      };
      const key = JSON.stringify(warning);
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.list.push(warning);
    }
  }
}
