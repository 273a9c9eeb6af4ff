import type { Page } from 'playwright-core';

// The demo registry's ids are made when the demo is loaded; the browser tests find them through the
// API, signed in as the page's user, as the screens themselves will.

async function getJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  if (!response.ok()) throw new Error(`GET ${path} answered ${response.status()}`);
  return (await response.json()) as T;
}

/** The id of a practitioner of a civil society organisation, both by name. */
export async function practitionerIdOf(
  page: Page,
  organisationName: string,
  displayName: string,
): Promise<string> {
  const directory = await getJson<{ items: { id: string; name: string }[] }>(
    page,
    '/api/v1/registry/organisations',
  );
  const organisation = directory.items.find((item) => item.name === organisationName);
  if (!organisation) throw new Error(`the registry lists no organisation named ${organisationName}`);
  const practitioners = await getJson<{ items: { id: string; displayName: string }[] }>(
    page,
    `/api/v1/registry/organisations/${organisation.id}/practitioners`,
  );
  const practitioner = practitioners.items.find((item) => item.displayName === displayName);
  if (!practitioner) throw new Error(`${organisationName} has no practitioner named ${displayName}`);
  return practitioner.id;
}

/** The id of a facility, by name. */
export async function facilityIdOf(page: Page, name: string): Promise<string> {
  const list = await getJson<{ facilities: { id: string; name: string }[] }>(
    page,
    '/api/v1/registry/facilities',
  );
  const facility = list.facilities.find((item) => item.name === name);
  if (!facility) throw new Error(`no facility named ${name}`);
  return facility.id;
}

/** The id of a civil society organisation in the registry's directory, by name. */
export async function organisationIdOf(page: Page, organisationName: string): Promise<string> {
  const directory = await getJson<{ items: { id: string; name: string }[] }>(
    page,
    '/api/v1/registry/organisations',
  );
  const organisation = directory.items.find((item) => item.name === organisationName);
  if (!organisation) throw new Error(`the registry lists no organisation named ${organisationName}`);
  return organisation.id;
}
