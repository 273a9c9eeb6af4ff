/** Where the query cache keeps the signed-in user (`GET /api/v1/me`). */
export const sessionQueryKey = ['session'] as const;
