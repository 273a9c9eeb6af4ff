import type {
  Entry,
  Link,
  ProposeEntryRequest,
  TranslationText,
  UpdateEntryRequest,
} from '../../../contracts/knowledge';
import type {
  EntryKind,
  EvidenceLevel,
  FacilityType,
  KnowledgeActor,
  KnowledgeLanguage,
  PreventionLevel,
  Region,
  TargetGroup,
  Theme,
} from '../../../contracts/knowledge-taxonomy';

/** The text fields of an entry in one language, in the order the form asks them. */
export const TEXT_FIELDS = [
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
export type TextField = (typeof TEXT_FIELDS)[number];

/** The longest each text may be (the contract's limits), checked before sending. */
export const TEXT_LIMITS: Record<TextField, number> = {
  title: 300,
  summary: 2000,
  legalFramework: 4000,
  approach: 20000,
  resources: 4000,
  results: 20000,
  measurement: 4000,
  lessons: 20000,
  sustainability: 4000,
};

export type EntryText = Record<TextField, string>;

/** What the contribution form holds: everything as typed, strings where the API wants null for empty. */
export interface EntryDraft extends EntryText {
  language: KnowledgeLanguage;
  kind: EntryKind;
  country: string;
  region: Region | '';
  facilityTypes: FacilityType[];
  themes: Theme[];
  targetGroups: TargetGroup[];
  preventionLevels: PreventionLevel[];
  actors: KnowledgeActor[];
  evidenceLevel: EvidenceLevel;
  startedOn: string;
  endedOn: string;
  contributorName: string;
  contactName: string;
  contactEmail: string;
  contactConsent: boolean;
  /** One link a line: the address, then what it is. */
  links: string;
}

/** The fields a server refusal or a check may name. */
export const DRAFT_FIELDS = [
  ...TEXT_FIELDS,
  'language',
  'kind',
  'country',
  'region',
  'facilityTypes',
  'themes',
  'targetGroups',
  'preventionLevels',
  'actors',
  'evidenceLevel',
  'startedOn',
  'endedOn',
  'contributorName',
  'contactName',
  'contactEmail',
  'contactConsent',
  'links',
] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

export const emptyText = (): EntryText => ({
  title: '',
  summary: '',
  legalFramework: '',
  approach: '',
  resources: '',
  results: '',
  measurement: '',
  lessons: '',
  sustainability: '',
});

export function emptyDraft(language: KnowledgeLanguage): EntryDraft {
  return {
    ...emptyText(),
    language,
    kind: 'good_practice',
    country: '',
    region: '',
    facilityTypes: [],
    themes: [],
    targetGroups: [],
    preventionLevels: [],
    actors: [],
    evidenceLevel: 'descriptive',
    startedOn: '',
    endedOn: '',
    contributorName: '',
    contactName: '',
    contactEmail: '',
    contactConsent: false,
    links: '',
  };
}

/** The text of an entry in one language, empty where it has none yet. */
export function textOf(entry: Entry, language: KnowledgeLanguage): EntryText {
  const translation = entry.translations.find((candidate) => candidate.language === language);
  if (!translation) return emptyText();
  const text = emptyText();
  for (const field of TEXT_FIELDS) text[field] = translation[field];
  return text;
}

/** The form's fill of an entry as the server holds it, in its original language. */
export function draftOf(entry: Entry): EntryDraft {
  return {
    ...textOf(entry, entry.originalLanguage),
    language: entry.originalLanguage,
    kind: entry.kind,
    country: entry.country ?? '',
    region: entry.region ?? '',
    facilityTypes: [...entry.facilityTypes],
    themes: [...entry.themes],
    targetGroups: [...entry.targetGroups],
    preventionLevels: [...entry.preventionLevels],
    actors: [...entry.actors],
    evidenceLevel: entry.evidenceLevel,
    startedOn: entry.startedOn ?? '',
    endedOn: entry.endedOn ?? '',
    contributorName: entry.contributorName ?? '',
    contactName: entry.contact?.name ?? '',
    contactEmail: entry.contact?.email ?? '',
    contactConsent: entry.contactConsent,
    links: entry.links.map((link) => `${link.url} ${link.label}`).join('\n'),
  };
}

/** "https://example.org Report of 2024" a line → links; a line without a label is labelled by its address. */
export function linksOf(lines: string): Link[] {
  return lines
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const [url = '', ...label] = line.split(/\s+/);
      return { url, label: label.join(' ') || url };
    });
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The text as sent: title trimmed (a line), the rest as typed, empty optional fields left out. */
export function translationTextOf(text: EntryText): TranslationText {
  const sent: TranslationText = { title: text.title.trim(), summary: text.summary };
  for (const field of TEXT_FIELDS) {
    if (field === 'title' || field === 'summary') continue;
    if (text[field].trim() !== '') sent[field] = text[field];
  }
  return sent;
}

function fieldsOf(draft: EntryDraft) {
  return {
    kind: draft.kind,
    country: orNull(draft.country.toUpperCase()),
    region: draft.region === '' ? null : draft.region,
    facilityTypes: draft.facilityTypes,
    themes: draft.themes,
    targetGroups: draft.targetGroups,
    preventionLevels: draft.preventionLevels,
    actors: draft.actors,
    evidenceLevel: draft.evidenceLevel,
    startedOn: orNull(draft.startedOn),
    endedOn: orNull(draft.endedOn),
    contributorName: orNull(draft.contributorName),
    contactName: orNull(draft.contactName),
    contactEmail: orNull(draft.contactEmail),
    contactConsent: draft.contactConsent,
    links: linksOf(draft.links),
  };
}

export function proposalOf(draft: EntryDraft): ProposeEntryRequest {
  return { ...fieldsOf(draft), language: draft.language, text: translationTextOf(draft) };
}

export function updateOf(draft: EntryDraft, version: number): UpdateEntryRequest {
  return { version, ...fieldsOf(draft) };
}

/** Whether the text in the original language differs from what the server holds. */
export function textChanged(draft: EntryDraft, entry: Entry): boolean {
  const held = textOf(entry, entry.originalLanguage);
  return TEXT_FIELDS.some((field) => held[field] !== draft[field]);
}

/** Problems found before sending, each by a stable reason the form turns into words. */
export type DraftProblem =
  | 'required'
  | 'tooLong'
  | 'endBeforeStart'
  | 'inFuture'
  | 'country'
  | 'email'
  | 'link';

export function checkText(text: EntryText): Partial<Record<TextField, DraftProblem>> {
  const found: Partial<Record<TextField, DraftProblem>> = {};
  if (text.title.trim() === '') found.title = 'required';
  if (text.summary.trim() === '') found.summary = 'required';
  for (const field of TEXT_FIELDS) {
    if (text[field].length > TEXT_LIMITS[field]) found[field] = 'tooLong';
  }
  return found;
}

export function checkDraft(draft: EntryDraft): Partial<Record<DraftField, DraftProblem>> {
  const found: Partial<Record<DraftField, DraftProblem>> = checkText(draft);
  if (draft.country.trim() !== '' && !/^[A-Za-z]{2}$/.test(draft.country.trim())) found.country = 'country';
  if (draft.startedOn !== '' && draft.endedOn !== '' && draft.endedOn < draft.startedOn) {
    found.endedOn = 'endBeforeStart';
  }
  if (draft.contactEmail.trim() !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(draft.contactEmail.trim())) {
    found.contactEmail = 'email';
  }
  if (linksOf(draft.links).some((link) => !/^https?:\/\/\S+$/.test(link.url))) found.links = 'link';
  for (const field of ['contributorName', 'contactName'] as const) {
    if (draft[field].length > 200) found[field] = 'tooLong';
  }
  return found;
}
