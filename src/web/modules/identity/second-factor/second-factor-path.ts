/** The page where a user sets up, looks at and removes their second factor. */
export const SECOND_FACTOR_PATH = '/account/second-factor';
