import { ApiError, request } from './http.ts';

/** Where the browser goes to sign in: the gateway starts the Keycloak login and comes back to /. */
export const signInPath = '/login';
/** Ends the Motus session and the Keycloak session, then comes back to /. */
export const signOutPath = '/logout';

export type Role = 'patient' | 'therapist' | 'admin';

/** The signed-in person, as GET /api/v1/me describes them. */
export interface Me {
  subject: string;
  username: string;
  name: string;
  email: string;
  roles: string[];
}

/** The signed-in person, or null when nobody is signed in (the gateway answers 401). */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await request<Me>('/api/v1/me', signal ? { signal } : {});
  } catch (error) {
    if (error instanceof ApiError && error.isUnauthenticated) return null;
    throw error;
  }
}
