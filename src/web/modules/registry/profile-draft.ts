import type { TFunction } from 'i18next';
import type { ActorRole, InterventionType, Mandate } from '../../../contracts/registry';
import {
  LANGUAGE_TAG_PATTERN,
  PROFILE_LIMITS,
  type ProfileRequest,
  type RegistryOrganisation,
} from '../../../contracts/registry-organisations';
import { ApiError } from '../../app/api/api-error';
import { countryProblem, lineProblem, optionalLine } from './check-registry';
import { type FieldChecks, fromRefusal } from './registry-problems';
import type { DescribeProblems } from './use-registry-problems';

// The profile form's draft: what is typed, what is sent, what can be told before sending, and where
// a refusal's errors go. A contact's parts and a name in another language have fields of their own
// (`contacts.1.email`, `otherNames.0.language`); an error about the list as a whole (too many) goes
// to the list.

export const PROFILE_FORM_FIELDS = [
  'mandate',
  'legalName',
  'otherNames',
  'registrationNumber',
  'registrationRegistry',
  'country',
  'regionsServed',
  'expertise',
  'interventionTypes',
  'languages',
  'staffCount',
  'contacts',
] as const;
type ListPart = `otherNames.${number}.${'language' | 'name'}` | `contacts.${number}.${ContactPart}`;
export type ContactPart = 'name' | 'role' | 'email' | 'phone';
export type ProfileFormField = (typeof PROFILE_FORM_FIELDS)[number] | ListPart;

export interface NameDraft {
  language: string;
  name: string;
}
export type ContactDraft = Record<ContactPart, string>;

export interface ProfileDraft {
  mandate: Mandate | '';
  legalName: string;
  otherNames: NameDraft[];
  registrationNumber: string;
  registrationRegistry: string;
  country: string;
  /** Comma-separated, as typed. */
  regionsServed: string;
  expertise: ActorRole[];
  interventionTypes: InterventionType[];
  /** Comma-separated language tags, as typed. */
  languages: string;
  staffCount: string;
  contacts: ContactDraft[];
}

export const EMPTY_CONTACT: ContactDraft = { name: '', role: '', email: '', phone: '' };

/** The profile's fields as typed; a profile not yet written starts empty. */
export function draftOf(record: RegistryOrganisation): ProfileDraft {
  const profile = record.profile;
  return {
    mandate: profile?.mandate ?? '',
    legalName: profile?.legalName ?? '',
    otherNames: Object.entries(profile?.otherNames ?? {}).map(([language, name]) => ({ language, name })),
    registrationNumber: profile?.registrationNumber ?? '',
    registrationRegistry: profile?.registrationRegistry ?? '',
    country: profile?.country ?? '',
    regionsServed: (profile?.regionsServed ?? []).join(', '),
    expertise: profile?.expertise ?? [],
    interventionTypes: profile?.interventionTypes ?? [],
    languages: (profile?.languages ?? []).join(', '),
    staffCount: profile?.staffCount == null ? '' : String(profile.staffCount),
    contacts: (profile?.contacts ?? []).map((contact) => ({
      name: contact.name,
      role: contact.role ?? '',
      email: contact.email ?? '',
      phone: contact.phone ?? '',
    })),
  };
}

/** A comma-separated list as its items: trimmed, empty ones dropped. */
export const itemsOf = (text: string): string[] =>
  text
    .split(/[,،、，]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');

const isBlankContact = (contact: ContactDraft) => Object.values(contact).every((part) => part.trim() === '');
const isBlankName = (entry: NameDraft) => entry.language.trim() === '' && entry.name.trim() === '';

/** What is sent: the whole profile (a PUT replaces it), blank lines of the lists left out. */
export function requestOf(draft: ProfileDraft & { mandate: Mandate }): ProfileRequest {
  return {
    mandate: draft.mandate,
    legalName: draft.legalName.trim(),
    otherNames: Object.fromEntries(
      draft.otherNames
        .filter((entry) => !isBlankName(entry))
        .map((entry) => [entry.language.trim(), entry.name.trim()]),
    ),
    registrationNumber: optionalLine(draft.registrationNumber),
    registrationRegistry: optionalLine(draft.registrationRegistry),
    country: optionalLine(draft.country)?.toUpperCase() ?? null,
    regionsServed: itemsOf(draft.regionsServed),
    expertise: draft.expertise,
    interventionTypes: draft.interventionTypes,
    languages: itemsOf(draft.languages),
    staffCount: draft.staffCount.trim() === '' ? null : Number(draft.staffCount.trim()),
    contacts: draft.contacts
      .filter((contact) => !isBlankContact(contact))
      .map((contact) => ({
        name: contact.name.trim(),
        role: optionalLine(contact.role),
        email: optionalLine(contact.email),
        phone: optionalLine(contact.phone),
      })),
  };
}

const LANGUAGE_TAG = new RegExp(LANGUAGE_TAG_PATTERN);
// A working address: something, one @, a domain with a dot; the server's check is the last word.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 ().-]{3,30}$/;
const WHOLE = /^\d+$/;

function listProblem(items: string[], rule: { max: number; length: number }, t: TFunction) {
  if (items.length > rule.max) return t('registry.errors.tooMany', { max: rule.max });
  if (new Set(items).size < items.length) return t('registry.errors.repeated');
  return items.map((item) => lineProblem(item, { required: true, max: rule.length }, t)).find(Boolean);
}

/** What the form can tell before sending, field by field. */
export function profileChecks(draft: ProfileDraft): FieldChecks<ProfileFormField> {
  return (t) => {
    const checks: Partial<Record<ProfileFormField, string | undefined>> = {
      mandate: draft.mandate === '' ? t('registry.errors.chooseOne') : undefined,
      legalName: lineProblem(draft.legalName, { required: true, max: 300 }, t),
      registrationNumber: lineProblem(draft.registrationNumber, { required: false, max: 100 }, t),
      registrationRegistry: lineProblem(draft.registrationRegistry, { required: false, max: 200 }, t),
      country: countryProblem(draft.country, t),
      regionsServed: listProblem(
        itemsOf(draft.regionsServed),
        { max: PROFILE_LIMITS.regionsServed, length: 120 },
        t,
      ),
      languages: listProblem(itemsOf(draft.languages), { max: PROFILE_LIMITS.languages, length: 35 }, t),
      staffCount:
        draft.staffCount.trim() === '' ||
        (WHOLE.test(draft.staffCount.trim()) && Number(draft.staffCount) <= PROFILE_LIMITS.staffCount)
          ? undefined
          : t('registry.errors.staffCount', { max: PROFILE_LIMITS.staffCount }),
    };
    if (!checks.languages && itemsOf(draft.languages).some((tag) => !LANGUAGE_TAG.test(tag)))
      checks.languages = t('registry.errors.languageTag');
    const names = draft.otherNames.filter((entry) => !isBlankName(entry));
    if (names.length > PROFILE_LIMITS.otherNames)
      checks.otherNames = t('registry.errors.tooMany', { max: PROFILE_LIMITS.otherNames });
    draft.otherNames.forEach((entry, index) => {
      if (isBlankName(entry)) return;
      const tag = entry.language.trim();
      const repeated = draft.otherNames.findIndex((other) => other.language.trim() === tag) !== index;
      checks[`otherNames.${index}.language`] = !LANGUAGE_TAG.test(tag)
        ? t('registry.errors.languageTag')
        : repeated
          ? t('registry.errors.repeated')
          : undefined;
      checks[`otherNames.${index}.name`] = lineProblem(entry.name, { required: true, max: 300 }, t);
    });
    const contacts = draft.contacts.filter((contact) => !isBlankContact(contact));
    if (contacts.length > PROFILE_LIMITS.contacts)
      checks.contacts = t('registry.errors.tooMany', { max: PROFILE_LIMITS.contacts });
    draft.contacts.forEach((contact, index) => {
      if (isBlankContact(contact)) return;
      const email = contact.email.trim();
      const phone = contact.phone.trim();
      checks[`contacts.${index}.name`] = lineProblem(contact.name, { required: true, max: 200 }, t);
      checks[`contacts.${index}.role`] = lineProblem(contact.role, { required: false, max: 200 }, t);
      checks[`contacts.${index}.email`] =
        email === '' || EMAIL.test(email) ? undefined : t('registry.errors.email');
      checks[`contacts.${index}.phone`] =
        phone === '' || PHONE.test(phone) ? undefined : t('registry.errors.phone');
    });
    return checks;
  };
}

/**
 * The server's refusal on the form's fields. The server names a line of a list by its place in
 * what was sent, where blank lines were left out; a name in another language by its tag.
 */
export function profileRefusal(error: unknown, draft: ProfileDraft): DescribeProblems<ProfileFormField> {
  const sentContacts = draft.contacts.flatMap((contact, index) => (isBlankContact(contact) ? [] : [index]));
  const fields: ProfileFormField[] = [...PROFILE_FORM_FIELDS];
  if (!(error instanceof ApiError)) return fromRefusal(error, fields);
  const placed = error.errors.map((fieldError) => {
    const contact = /^\/body\/contacts\/(\d+)\/(name|role|email|phone)$/.exec(fieldError.path);
    const index = contact ? sentContacts[Number(contact[1])] : undefined;
    if (contact && index !== undefined) {
      const name = `contacts.${index}.${contact[2] as ContactPart}` as const;
      fields.push(name);
      return { ...fieldError, path: `/body/${name}` };
    }
    const other = /^\/body\/otherNames\/(.+)$/.exec(fieldError.path);
    if (other) {
      const at = draft.otherNames.findIndex((entry) => entry.language.trim() === other[1]);
      if (at < 0) return { ...fieldError, path: '/body/otherNames' };
      // A tag that is not one is an unknown key to the server; anything else is about the name.
      const name = `otherNames.${at}.${fieldError.code === 'unknown_field' ? 'language' : 'name'}` as const;
      fields.push(name);
      return { ...fieldError, path: `/body/${name}` };
    }
    return fieldError;
  });
  const sorted = new ApiError(
    error.status,
    {
      code: error.code,
      title: error.title,
      detail: error.detail,
      errors: placed,
      requestId: error.requestId,
    },
    error.retryAfterSeconds,
  );
  return (t, language) => {
    const problems = fromRefusal(sorted, fields)(t, language);
    // The registry's words for a code are about its other forms (a `format` there is a day's):
    // the profile's own fields say what is wrong with them in particular.
    for (const fieldError of [...placed].reverse()) {
      const field = fields.find(
        (name) => fieldError.path === `/body/${name}` || fieldError.path.startsWith(`/body/${name}/`),
      );
      const message = field && profileMessage(field, fieldError.code, t);
      if (field && message) problems.fields[field] = message;
    }
    return problems;
  };
}

const LIMIT_OF: Partial<Record<ProfileFormField, number>> = PROFILE_LIMITS;

/** A server's code in words for the fields of the profile that other registry forms do not have. */
function profileMessage(field: ProfileFormField, code: string, t: TFunction): string | undefined {
  const limit = LIMIT_OF[field];
  if ((code === 'maxItems' || code === 'maxProperties') && limit !== undefined)
    return t('registry.errors.tooMany', { max: limit });
  if (code === 'uniqueItems') return t('registry.errors.repeated');
  if (field === 'staffCount') return t('registry.errors.staffCount', { max: PROFILE_LIMITS.staffCount });
  if (field === 'languages' || field.endsWith('.language')) return t('registry.errors.languageTag');
  if (field.endsWith('.email') && code === 'format') return t('registry.errors.email');
  if (field.endsWith('.phone') && code === 'pattern') return t('registry.errors.phone');
  return undefined;
}
