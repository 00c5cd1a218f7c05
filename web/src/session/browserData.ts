import { unsentCount, forgetThisDevice } from '../patient/offline/db.ts';
import { turnOff } from '../notifications/pushDevice.ts';

/**
 * What sign-out does with this browser's storage, in one module that only sign-out imports (with
 * `import()`), so the bundler makes it a file of its own. Sign-out used to import the patient
 * database and the push code themselves; the screens import those too, so the bundler had to build
 * their module objects with a helper of its own, a few hundred bytes in a file of their own, and
 * that file was one more request in a patient's first round on a slow network (issue 18).
 */
export const unsent = () => unsentCount();
export const forget = () => forgetThisDevice();
export const forgetPush = () => turnOff().then(() => undefined);
