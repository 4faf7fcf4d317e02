/** next-auth's session cookie: the `__Secure-` name over https, the plain one over http. */
export const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'] as const;
