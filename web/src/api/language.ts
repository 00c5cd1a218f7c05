import { request } from './http.ts';
import type { components } from './generated/patient-service.ts';

/** The signed-in person's language choice (patient-service `language/LanguageResource`); null: follow the browser. */
export type LanguageChoice = components['schemas']['LanguageChoice'];

const path = '/api/v1/preferences/language';

/** Plain: index.html preloads it (see fetchMe in session.ts). */
export function fetchLanguageChoice(signal?: AbortSignal): Promise<LanguageChoice> {
  return request<LanguageChoice>(path, signal ? { signal, plain: true } : { plain: true });
}

export function saveLanguageChoice(choice: LanguageChoice): Promise<LanguageChoice> {
  return request<LanguageChoice>(path, { method: 'PUT', body: choice });
}
