import { describe, expect, it } from 'vitest';
import { apiQueryString, searchOf, searchParamsOf, toggleFilter } from './search-params';

describe('the search in the address', () => {
  it('reads words, repeated facet values and the page, dropping values no facet knows', () => {
    const search = searchOf(
      new URLSearchParams('q=%20famille%20&theme=women&theme=juveniles&theme=nonsense&region=europe&page=3'),
    );
    expect(search.q).toBe('famille');
    expect(search.filters.theme).toEqual(['women', 'juveniles']);
    expect(search.filters.region).toEqual(['europe']);
    expect(search.filters.kind).toEqual([]);
    expect(search.page).toBe(3);
    expect(searchOf(new URLSearchParams('page=-2')).page).toBe(1);
    expect(searchOf(new URLSearchParams('page=abc')).page).toBe(1);
  });

  it('writes back only what is set, and a tick goes back to the first page', () => {
    const search = searchOf(new URLSearchParams('q=family&theme=women&page=2'));
    expect(searchParamsOf(search).toString()).toBe('q=family&theme=women&page=2');
    const ticked = toggleFilter(search, 'theme', 'juveniles');
    expect(searchParamsOf(ticked).toString()).toBe('q=family&theme=women&theme=juveniles');
    const unticked = toggleFilter(ticked, 'theme', 'women');
    expect(searchParamsOf(unticked).toString()).toBe('q=family&theme=juveniles');
  });

  it('asks the API in the reader language', () => {
    const search = searchOf(new URLSearchParams('q=familia&kind=evaluation'));
    expect(apiQueryString(search, 'es')).toBe('q=familia&kind=evaluation&language=es');
  });
});
