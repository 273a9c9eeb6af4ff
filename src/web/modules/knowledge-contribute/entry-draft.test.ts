import { describe, expect, it } from 'vitest';
import { checkDraft, draftOf, emptyDraft, linksOf, proposalOf, textChanged } from './entry-draft';
import { knowledgeFieldOf } from './entry-problems';
import { entry } from './knowledge-test-data';

describe('the contribution draft', () => {
  it('reads one link a line, the label after the address', () => {
    expect(linksOf(' https://a.example/x  Report 2024 \n\nhttps://b.example')).toEqual([
      { url: 'https://a.example/x', label: 'Report 2024' },
      { url: 'https://b.example', label: 'https://b.example' },
    ]);
  });

  it('finds the problems a server would refuse, before sending', () => {
    const draft = {
      ...emptyDraft('en'),
      title: 'x'.repeat(301),
      country: 'FRA',
      contactEmail: 'not an address',
      links: 'javascript:alert(1) Click',
      startedOn: '2025-02-01',
      endedOn: '2025-01-31',
    };
    expect(checkDraft(draft)).toEqual({
      title: 'tooLong',
      summary: 'required',
      country: 'country',
      contactEmail: 'email',
      links: 'link',
      endedOn: 'endBeforeStart',
    });
  });

  it('sends empty optional fields as null or not at all, and text as typed', () => {
    const sent = proposalOf({ ...emptyDraft('ar'), title: ' عنوان ', summary: 'ملخص\nسطر', country: 'jo' });
    expect(sent).toMatchObject({ language: 'ar', country: 'JO', region: null, contactEmail: null });
    expect(sent.text).toEqual({ title: 'عنوان', summary: 'ملخص\nسطر' });
  });

  it('round-trips an entry, and sees a change of its text', () => {
    const held = entry();
    const draft = draftOf(held);
    expect(textChanged(draft, held)).toBe(false);
    expect(textChanged({ ...draft, lessons: 'New' }, held)).toBe(true);
    expect(draft.links).toBe('https://example.org/report Rapport 2024');
  });
});

describe('the field a server error names', () => {
  it('is the deepest part of its path the form has', () => {
    const fields = ['title', 'themes', 'links'] as const;
    expect(knowledgeFieldOf('/body/text/title', fields)).toBe('title');
    expect(knowledgeFieldOf('/body/themes/2', fields)).toBe('themes');
    expect(knowledgeFieldOf('/body/links/0/url', fields)).toBe('links');
    expect(knowledgeFieldOf('/body/colour', fields)).toBeNull();
  });

  it('reads `/body/` as the request body, not as a field called body', () => {
    const fields = ['kind', 'body'] as const;
    expect(knowledgeFieldOf('/body/version', fields)).toBeNull();
    expect(knowledgeFieldOf('/body/body', fields)).toBe('body');
  });
});
