// The training screens, by address.

export const TRAINING_ROUTES = {
  courses: '/registry/courses',
  sessions: '/registry/training',
  session: (id: string) => `/registry/training/${encodeURIComponent(id)}`,
} as const;
