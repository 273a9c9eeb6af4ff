import { describe, expect, it } from 'vitest';
import { returnPathFrom, signInPathFor } from './return-path';

describe('signInPathFor', () => {
  it('carries the page, its query and hash back', () => {
    expect(signInPathFor({ pathname: '/account/sessions', search: '?a=1', hash: '#top' })).toBe(
      '/sign-in?next=%2Faccount%2Fsessions%3Fa%3D1%23top',
    );
  });

  it('needs no way back from home or from the sign-in page itself', () => {
    expect(signInPathFor({ pathname: '/', search: '', hash: '' })).toBe('/sign-in');
    expect(signInPathFor({ pathname: '/sign-in', search: '?next=%2Fx', hash: '' })).toBe('/sign-in');
  });
});

describe('returnPathFrom', () => {
  it.each([
    ['?next=%2Faccount%2Fsessions', '/account/sessions'],
    ['?next=%2Fcases%3Fpage%3D2', '/cases?page=2'],
    ['', '/'],
    ['?next=', '/'],
    ['?next=https%3A%2F%2Fevil.example', '/'],
    ['?next=%2F%2Fevil.example', '/'],
    ['?next=%2F%5Cevil.example', '/'],
    ['?next=javascript%3Aalert(1)', '/'],
    ['?next=%2Fsign-in', '/'],
    ['?next=%2Fsign-in%3Fnext%3D%252F', '/'],
  ])('%s → %s', (search, expected) => {
    expect(returnPathFrom(search)).toBe(expected);
  });
});
