import type { components } from './generated/session-gateway.ts';
import { ApiError, request } from './http.ts';

/** Where the browser goes to sign in: the gateway starts the Keycloak login and comes back to /. */
export const signInPath = '/login';
/** Ends the Motus session and the Keycloak session, then comes back to /. */
export const signOutPath = '/logout';

/** A Motus realm role (the gateway's document lists them). */
export type Role = components['schemas']['Role'];

/** The signed-in person, as GET /api/v1/me describes them (generated from the gateway's document). */
export type Me = components['schemas']['Me'];

/**
 * The signed-in person, or null when nobody is signed in (the gateway answers 401). Plain: index.html
 * preloads it, so on a slow network it is on its way while the app's code still downloads.
 */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await request<Me>('/api/v1/me', signal ? { signal, plain: true } : { plain: true });
  } catch (error) {
    if (error instanceof ApiError && error.isUnauthenticated) return null;
    throw error;
  }
}
