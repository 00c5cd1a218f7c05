import { fetchMe, type Me } from '../api/session.ts';
import { useLoad, type Load } from '../loading/useLoad.ts';

/** Who is signed in: loaded Me, loaded null (nobody), or failed to find out. */
export type Session = Load<Me | null>;

export function useSession(): [Session, () => void] {
  return useLoad(fetchMe);
}
