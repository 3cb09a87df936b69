// Turns a stored model result into chart series. Sample offsets and chunk offsets are both seconds
// since the model's t0, so they share one time axis.

export function loadSeries(result) {
  const samples = result?.system_impact?.samples ?? [];
  const cpu = [];
  const memory = [];
  const gpu = [];

  for (const sample of samples) {
    if (typeof sample.cpu_percent === 'number') {
      cpu.push({ x: sample.offset, y: sample.cpu_percent });
    }
    if (typeof sample.memory_used_gb === 'number') {
      memory.push({ x: sample.offset, y: sample.memory_used_gb });
    }
    const utilisation = (sample.gpu ?? []).map((device) => device.utilization_percent).filter((value) => typeof value === 'number');
    if (utilisation.length > 0) {
      gpu.push({ x: sample.offset, y: utilisation.reduce((sum, value) => sum + value, 0) / utilisation.length });
    }
  }

  const chunks = (result?.chunk_offsets ?? []).map((offset) => ({ x: offset, y: 0 }));
  return { cpu, memory, gpu, chunks };
}

/** Gaps between consecutive chunk offsets, in milliseconds, counted in up to 20 equal bins. */
export function gapHistogram(offsets) {
  const gaps = [];
  for (let index = 1; index < offsets.length; index += 1) {
    gaps.push((offsets[index] - offsets[index - 1]) * 1000);
  }

  if (gaps.length === 0) {
    return { labels: [], counts: [] };
  }

  const min = Math.min(...gaps);
  const max = Math.max(...gaps);
  const bins = Math.min(20, Math.max(1, gaps.length));
  const width = max > min ? (max - min) / bins : 1;
  const counts = new Array(bins).fill(0);
  for (const gap of gaps) {
    counts[Math.min(bins - 1, Math.floor((gap - min) / width))] += 1;
  }

  const labels = counts.map((_, index) => (min + (index * width)).toFixed(1));
  return { labels, counts };
}
