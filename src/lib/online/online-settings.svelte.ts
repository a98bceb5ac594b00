/**
 * What the user told the online features, shared by them for this visit only: the email for
 * OpenAlex's polite pool is not stored anywhere.
 */
export const onlineSettings = $state({ mailto: '' });
