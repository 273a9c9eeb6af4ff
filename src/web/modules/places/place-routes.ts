/** The addresses of the organisation and facility administration screens. */
export const PLACES_ROUTES = {
  organisations: '/admin/organisations',
  facilities: '/admin/facilities',
} as const;
