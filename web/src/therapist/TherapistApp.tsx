import { Route, Router } from 'preact-iso';
import type { Me } from '../api/session.ts';
import { ExerciseList } from '../exercises/ExerciseList.tsx';

/** The therapist's screens and their navigation. */
export function TherapistApp(_props: { me: Me }) {
  return (
    <Router>
      <Route path="/" component={ExerciseList} />
      <Route default component={ExerciseList} />
    </Router>
  );
}
