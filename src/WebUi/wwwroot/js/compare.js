// Draws one bar chart per metric from the means written into the comparison table.
const colours = ['#1f4e79', '#9a6700', '#1a7f37', '#8250df', '#b42318', '#0969da', '#57606a', '#bf3989', '#4d2d00', '#116329'];

if (window.Chart) {
  document.querySelectorAll('canvas.compare-chart').forEach((canvas) => {
    const cells = [...document.querySelectorAll(`td[data-metric="${canvas.dataset.metric}"][data-value]`)];
    const labels = cells.map((cell) => cell.dataset.model);
    const values = cells.map((cell) => Number(cell.dataset.value));

    new window.Chart(canvas, {
      type: 'bar',
      data: { labels, datasets: [{ label: canvas.dataset.metric, data: values, backgroundColor: labels.map((_, index) => colours[index % colours.length]) }] },
      options: { animation: false, maintainAspectRatio: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true } } },
    });
  });
}
