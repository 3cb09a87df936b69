// Draws the charts of the run details page from the stored run (the same JSON the download link gives).
import { gapHistogram, loadSeries } from './series.js';

const script = document.querySelector('script[data-run-id]');
const runId = script?.dataset.runId;

if (runId && window.Chart) {
  const response = await fetch(`/api/benchmarks/history/${encodeURIComponent(runId)}`, { headers: { Accept: 'application/json' } });
  if (response.ok) {
    const run = await response.json();
    document.querySelectorAll('canvas.load-chart').forEach((canvas) => drawLoad(canvas, run.results[Number(canvas.dataset.resultIndex)]));
    document.querySelectorAll('canvas.gap-chart').forEach((canvas) => drawGaps(canvas, run.results[Number(canvas.dataset.resultIndex)]));
  }
}

function drawLoad(canvas, result) {
  const series = loadSeries(result);
  const datasets = [
    { label: 'CPU %', data: series.cpu, yAxisID: 'percent', borderColor: '#1f4e79', backgroundColor: '#1f4e79', pointRadius: 0, showLine: true },
    { label: 'Memory used (GB)', data: series.memory, yAxisID: 'memory', borderColor: '#9a6700', backgroundColor: '#9a6700', pointRadius: 0, showLine: true },
    { label: 'Chunk arrivals', data: series.chunks, yAxisID: 'percent', borderColor: '#1a7f37', backgroundColor: '#1a7f37', pointRadius: 2, showLine: false },
  ];
  if (series.gpu.length > 0) {
    datasets.splice(2, 0, { label: 'GPU %', data: series.gpu, yAxisID: 'percent', borderColor: '#8250df', backgroundColor: '#8250df', pointRadius: 0, showLine: true });
  }

  new window.Chart(canvas, {
    type: 'scatter',
    data: { datasets },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: {
        x: { type: 'linear', title: { display: true, text: 'seconds since the request was sent' } },
        percent: { type: 'linear', position: 'left', min: 0, max: 100, title: { display: true, text: '%' } },
        memory: { type: 'linear', position: 'right', title: { display: true, text: 'GB' }, grid: { drawOnChartArea: false } },
      },
    },
  });
}

function drawGaps(canvas, result) {
  const histogram = gapHistogram(result.chunk_offsets ?? []);
  new window.Chart(canvas, {
    type: 'bar',
    data: { labels: histogram.labels, datasets: [{ label: 'gaps', data: histogram.counts, backgroundColor: '#1f4e79' }] },
    options: {
      animation: false,
      maintainAspectRatio: false,
      plugins: { legend: { display: false } },
      scales: { x: { title: { display: true, text: 'ms' } }, y: { title: { display: true, text: 'count' }, ticks: { precision: 0 } } },
    },
  });
}
