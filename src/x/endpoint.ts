/** Where X is unless `api-base-url` says otherwise. */
export const DEFAULT_BASE_URL = 'https://api.x.com'
