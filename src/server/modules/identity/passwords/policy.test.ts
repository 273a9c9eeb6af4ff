import { describe, expect, it } from 'vitest';
import { passwordProblems } from './policy.ts';

const owner = { username: 'amira.haddad', displayName: 'Amira Haddad' };

describe('the password policy', () => {
  const cases: [string, string, string[]][] = [
    ['empty', '', ['too_short']],
    ['eleven characters', 'Xq7#pL2@vR9', ['too_short']],
    ['eleven characters of a non-Latin script', 'Пароль-пар1', ['too_short']],
    ['a common password padded to twelve', 'password1234', ['too_guessable']],
    ['a keyboard walk', 'qwertyuiop12', ['too_guessable']],
    ['one repeated character', 'aaaaaaaaaaaaaaaa', ['too_guessable']],
    ["the owner's username and a year", 'amira.haddad2026', ['too_guessable']],
    ["the owner's name and a year", 'AmiraHaddad2026', ['too_guessable']],
    ['over 1,024 characters', 'long passphrase '.repeat(70), ['too_long']],
    ['a four-word passphrase', 'correct horse battery staple', []],
    ['random characters', 'vT9#mQ2!xL7@', []],
    ['a passphrase in another script', 'зелёный чайник поёт утром', []],
    ['the demo password', 'Pathways-demo-2026', []],
  ];

  it.each(cases)('%s', (_name, password, codes) => {
    expect(passwordProblems(password, owner).map((problem) => problem.code)).toEqual(codes);
  });

  it('says what is wrong in words', () => {
    const [problem] = passwordProblems('password1234', owner);
    expect(problem?.message).toMatch(/\w/);
  });
});
