/** graphql-ws "Unauthorized": the client drops its token. */
export const CLOSE_UNAUTHORIZED = 4401;
/** The account was disabled: the token is gone too, but the console tells the agent why. */
export const CLOSE_FORBIDDEN = 4403;
export const CLOSE_GOING_AWAY = 1001;
export const CLOSE_TRY_AGAIN_LATER = 1013;
/** "Service restart": clients reconnect at once, and subscribe again under the agent's new role. */
export const CLOSE_RECONNECT = 1012;
