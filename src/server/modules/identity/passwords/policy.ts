import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import { PASSWORD_MAX_LENGTH } from './hashing.ts';

export const PASSWORD_MIN_LENGTH = 12;
/** zxcvbn's 0–4 scale; 3 is "safely unguessable: moderate protection from offline slow-hash attacks". */
export const PASSWORD_MIN_SCORE = 3;

export type PasswordProblemCode = 'too_short' | 'too_long' | 'too_guessable';

export interface PasswordProblem {
  code: PasswordProblemCode;
  message: string;
}

/** What the estimator knows about the person, so a password built from their own name scores low. */
export interface PasswordOwner {
  username: string;
  displayName: string;
}

// Built once: loading the dictionaries takes about 100 ms.
let estimator: ZxcvbnFactory | undefined;
const strengthOf = (password: string, userInputs: string[]) => {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return estimator.check(password, userInputs);
};

/**
 * The password policy: at least 12 characters, at most 1,024, and not easily guessed (zxcvbn-ts
 * score of 3 or more, counting the owner's username and name as known words). Returns every
 * problem, or none.
 */
export function passwordProblems(password: string, owner: PasswordOwner): PasswordProblem[] {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return [{ code: 'too_short', message: `must be at least ${PASSWORD_MIN_LENGTH} characters long` }];
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return [{ code: 'too_long', message: `must be at most ${PASSWORD_MAX_LENGTH} characters long` }];
  }
  const nameParts = owner.displayName.split(/\s+/);
  const userInputs = [
    owner.username,
    ...owner.username.split(/[._-]/),
    owner.displayName,
    nameParts.join(''),
    ...nameParts,
  ];
  const result = strengthOf(
    password,
    userInputs.filter((input) => input.length > 0),
  );
  if (result.score >= PASSWORD_MIN_SCORE) return [];
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ');
  return [{ code: 'too_guessable', message: advice || 'is too easy to guess; use a longer passphrase' }];
}
