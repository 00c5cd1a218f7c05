import { ProgressCharts } from '../progress/ProgressCharts.tsx';
import { TimeZoneSetting } from './TimeZoneSetting.tsx';
import { usePatient } from './usePatient.ts';

/** The patient's own progress: pain against the expected course, sessions per week, days with data. */
export function ProgressScreen() {
  const { record } = usePatient();
  return (
    <section class="progress" aria-labelledby="progress-heading">
      <h1 id="progress-heading">Your progress</h1>
      <ProgressCharts patientId={record.id} />
      <TimeZoneSetting />
    </section>
  );
}
