/**
 * chart.js with only the parts the progress charts use. Imported lazily (`import('./chartjs.ts')`)
 * so chart.js never weighs on the first load.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Filler,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
);

export { Chart };
export type { ChartConfiguration } from 'chart.js';
