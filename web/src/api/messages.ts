import { ApiError, NetworkError, csrfHeader, request } from './http.ts';
import { toProblem } from './problem.ts';
import type { components } from './generated/patient-service.ts';

type Schemas = components['schemas'];

/** patient-service's secure messages (issue 14 item 4); shapes generated from its OpenAPI document. */
export type Message = Schemas['MessageView'];
export type NewMessage = Schemas['MessageRequest'];
export type MessageImage = Schemas['ImageView'];
export type ThreadUnread = Schemas['ThreadUnread'];
export type UnreadMessages = Schemas['UnreadMessages'];

/** A message's text: at most 4,000 characters (code points, as the server counts them). */
export const messageMaxLength = 4000;
/** An image: JPEG or PNG, at most 5 MiB (the server sniffs the type and strips metadata). */
export const imageMaxBytes = 5 * 1024 * 1024;

const thread = (patientId: string) => `/api/v1/patients/${encodeURIComponent(patientId)}/messages`;

/** Characters as the server counts them (code points, so an emoji is one). */
export function codePoints(text: string): number {
  return Array.from(text).length;
}

export function fetchThread(patientId: string, signal?: AbortSignal): Promise<Message[]> {
  return request<Message[]>(thread(patientId), signal ? { signal } : {});
}

export function sendMessage(patientId: string, message: NewMessage, idempotencyKey: string): Promise<Message> {
  return request<Message>(thread(patientId), {
    method: 'POST',
    body: message,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function markRead(patientId: string, upTo: string): Promise<ThreadUnread> {
  return request<ThreadUnread>(`${thread(patientId)}/read-marks`, { method: 'POST', body: { upTo } });
}

export function fetchUnread(signal?: AbortSignal): Promise<UnreadMessages> {
  return request<UnreadMessages>('/api/v1/messages/unread', signal ? { signal } : {});
}

/** Where the browser loads an image of the thread (an <img src>, same origin, with the session cookie). */
export function imageUrl(patientId: string, imageId: string): string {
  return `${thread(patientId)}/images/${encodeURIComponent(imageId)}`;
}

/** Uploads a file as the request body; the server answers with the cleaned image to send. */
export async function uploadImage(patientId: string, file: Blob): Promise<MessageImage> {
  let response: Response;
  try {
    response = await fetch(`${thread(patientId)}/images`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json, application/problem+json',
        'Content-Type': file.type || 'application/octet-stream',
        [csrfHeader.name]: csrfHeader.value,
      },
      body: file,
    });
  } catch (error) {
    throw new NetworkError(error);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw new ApiError(toProblem(body, response.status, response.statusText));
  return body as MessageImage;
}
