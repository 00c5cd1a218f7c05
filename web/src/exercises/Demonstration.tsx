import { useState } from 'preact/hooks';
import { removeDemonstration, uploadDemonstration, type Exercise } from '../api/exercises.ts';
import { actionFailure } from '../loading/actionFailure.ts';
import { t } from '../i18n/i18n.ts';
import './exercises.css';

/** What the server takes (therapist-service MediaRules): it sniffs the bytes and caps the size. */
const accepted = 'video/mp4,video/webm,image/jpeg,image/png,image/webp';

/**
 * An exercise's demonstration: the clinic's uploaded video (streamed with Range requests, so it
 * seeks on a phone; the frame at 0.1 s is its poster) or image, else the shipped drawing.
 */
export function Demonstration({ exercise }: { exercise: Exercise }) {
  const { upload, illustrationUrl } = exercise.demonstration;
  if (upload?.contentType.startsWith('video/')) {
    return (
      <video
        class="exercise-video"
        controls
        preload="metadata"
        playsInline
        src={`${upload.url}#t=0.1`}
        data-exercise-video={exercise.id}
        aria-label={t('Demonstration of {name}', { name: exercise.name })}
      />
    );
  }
  if (upload) {
    return (
      <img
        class="exercise-image"
        src={upload.url}
        alt={t('Demonstration of {name}', { name: exercise.name })}
        loading="lazy"
      />
    );
  }
  if (illustrationUrl) {
    return (
      <img
        class="exercise-image"
        src={illustrationUrl}
        alt={t('Drawing of {name}', { name: exercise.name })}
        loading="lazy"
      />
    );
  }
  return null;
}

/** The therapist uploads (or replaces, or removes) a clinic exercise's demonstration. */
export function DemonstrationUpload({ exercise, onChanged }: { exercise: Exercise; onChanged: (e: Exercise) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = `upload-${exercise.id}`;
  const upload = async (event: Event) => {
    event.preventDefault();
    if (!file) {
      setError(t('Choose a video (MP4, WebM) or an image first.'));
      return;
    }
    setBusy(true);
    setError(null);
    setMessage(t('Uploading…'));
    try {
      const saved = await uploadDemonstration(exercise.id, file);
      setMessage(t('Demonstration saved.'));
      setFile(null);
      onChanged(saved);
    } catch (failure) {
      setMessage('');
      setError(actionFailure(failure, t('upload the demonstration')));
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await removeDemonstration(exercise.id);
      setMessage(t('Demonstration removed.'));
      onChanged({ ...exercise, demonstration: { ...exercise.demonstration, upload: null } });
    } catch (failure) {
      setError(actionFailure(failure, t('remove the demonstration')));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="demonstration-upload" id={id} onSubmit={upload}>
      <p class="field">
        <label for={`${id}-file`}>{t('Demonstration video or image (up to 30 MB)')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept={accepted}
          onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
        />
      </p>
      <p class="actions">
        <button type="submit" class="button small" disabled={busy}>
          {t('Upload')}
        </button>{' '}
        {exercise.demonstration.upload && (
          <button type="button" class="button small secondary" disabled={busy} onClick={remove}>
            {t('Remove the demonstration')}
          </button>
        )}
      </p>
      <p role="status" class="status">
        {message}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
