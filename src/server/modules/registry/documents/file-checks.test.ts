import { describe, expect, it } from 'vitest';
import { contentMatchesType, documentTypeOf, nameMatchesType } from './file-checks.ts';
import { attachmentDisposition } from './routes.ts';

// The checks an upload passes before anything is written, and the download's name, as tables.

const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n', 'latin1');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x10]);

describe('document checks', () => {
  it.each([
    ['application/pdf', 'application/pdf'],
    ['Application/PDF; name=statutes.pdf', 'application/pdf'],
    ['image/png', 'image/png'],
    ['image/jpeg', 'image/jpeg'],
    ['image/jpg', undefined],
    ['application/octet-stream', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('reads the Content-Type %j as %j', (header, type) => {
    expect(documentTypeOf(header)).toBe(type);
  });

  it.each([
    ['statutes.pdf', 'application/pdf', true],
    ['STATUTES.PDF', 'application/pdf', true],
    ['photo.jpg', 'image/jpeg', true],
    ['photo.JPEG', 'image/jpeg', true],
    ['scan.png', 'image/png', true],
    ['statutes.pdf.png', 'application/pdf', false],
    ['statutes.pdf', 'image/png', false],
    ['photo.jpe', 'image/jpeg', false],
    ['pdf', 'application/pdf', false],
  ] as const)('%s as %s: %s', (name, type, matches) => {
    expect(nameMatchesType(name, type)).toBe(matches);
  });

  it('knows each type by its first bytes, and nothing else as it', () => {
    const files = { 'application/pdf': PDF, 'image/png': PNG, 'image/jpeg': JPEG } as const;
    for (const type of Object.keys(files)) {
      for (const [other, otherContent] of Object.entries(files)) {
        expect(contentMatchesType(otherContent, type as keyof typeof files), `${other} as ${type}`).toBe(
          other === type,
        );
      }
    }
    expect(contentMatchesType(Buffer.from('%PDF'), 'application/pdf')).toBe(false);
    expect(contentMatchesType(Buffer.from([0xff, 0xd8]), 'image/jpeg')).toBe(false);
  });

  it.each([
    ['statutes.pdf', "attachment; filename*=UTF-8''statutes.pdf"],
    [
      'Statuts (révisés) l’an 2026.pdf',
      "attachment; filename*=UTF-8''Statuts%20%28r%C3%A9vis%C3%A9s%29%20l%E2%80%99an%202026.pdf",
    ],
    ['a";b=c*\'.pdf', "attachment; filename*=UTF-8''a%22%3Bb%3Dc%2A%27.pdf"],
    [
      'النظام الأساسي.pdf',
      "attachment; filename*=UTF-8''%D8%A7%D9%84%D9%86%D8%B8%D8%A7%D9%85%20%D8%A7%D9%84%D8%A3%D8%B3%D8%A7%D8%B3%D9%8A.pdf",
    ],
  ])('names the attachment %s as %s', (name, header) => {
    expect(attachmentDisposition(name)).toBe(header);
  });
});
