// The registry's screens, by address. The ids are the server's (UUIDs); each page checks its own.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether an address segment can name a registry record at all (anything else is not asked for). */
export const isRecordId = (text: string) => UUID.test(text);

export const REGISTRY_ROUTES = {
  directory: '/registry/organisations',
  organisation: (id: string) => `/registry/organisations/${encodeURIComponent(id)}`,
  practitioner: (id: string) => `/registry/practitioners/${encodeURIComponent(id)}`,
  eligibility: (id: string) => `/registry/practitioners/${encodeURIComponent(id)}/eligibility`,
} as const;
