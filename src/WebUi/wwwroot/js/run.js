import { problemMessages, rate, seconds, showList } from './api.js';

const form = document.getElementById('run-form');

if (form) {
  const prompt = document.getElementById('prompt');
  const counter = document.getElementById('prompt-count');
  const runButton = document.getElementById('run-button');
  const cancelButton = document.getElementById('cancel-button');
  const message = document.getElementById('run-message');
  const errors = document.getElementById('run-errors');
  const panels = document.getElementById('panels');
  const template = document.getElementById('panel-template');
  const maxPrompt = Number(form.dataset.maxPrompt);

  let current = null;

  const updateCounter = () => {
    counter.textContent = `${prompt.value.length} / ${maxPrompt} characters`;
  };
  prompt.addEventListener('input', updateCounter);
  updateCounter();

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    showList(errors, []);

    const request = readForm(form);
    if (request.models.length === 0) {
      showList(errors, ['Choose at least one model.']);
      return;
    }

    runButton.disabled = true;
    message.textContent = 'Starting…';

    const response = await fetch('/api/benchmarks', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(request),
    }).catch(() => null);

    if (!response) {
      runButton.disabled = false;
      message.textContent = '';
      showList(errors, ['The server could not be reached. Is it still running?']);
      return;
    }

    if (response.status !== 202) {
      runButton.disabled = false;
      message.textContent = '';
      showList(errors, await problemMessages(response));
      return;
    }

    const accepted = await response.json();
    current = startRun(accepted, request.models);
  });

  cancelButton.addEventListener('click', async () => {
    if (!current) {
      return;
    }

    cancelButton.disabled = true;
    message.textContent = 'Cancelling… finished models are kept.';
    const response = await fetch(current.accepted.cancel, { method: 'POST' }).catch(() => null);
    if (response && response.status === 409) {
      message.textContent = 'The run had already finished.';
    } else if (!response || !response.ok) {
      message.textContent = 'The run could not be cancelled.';
    }
  });

  function startRun(acceptedRun, models) {
    panels.replaceChildren();
    const byModel = new Map(models.map((model) => [model, createPanel(model)]));
    const run = { accepted: acceptedRun, panels: byModel };

    message.textContent = 'Running…';
    cancelButton.disabled = false;

    const source = new EventSource(acceptedRun.events);
    const data = (event) => JSON.parse(event.data);

    source.addEventListener('model_started', (event) => {
      const panel = byModel.get(data(event).model);
      panel?.start();
    });
    source.addEventListener('first_token', (event) => {
      const payload = data(event);
      byModel.get(payload.model)?.firstToken(payload.time_to_first_token);
    });
    source.addEventListener('chunk', (event) => {
      const payload = data(event);
      byModel.get(payload.model)?.chunk(payload.text, payload.channel);
    });
    source.addEventListener('model_finished', (event) => {
      const payload = data(event);
      byModel.get(payload.model)?.finish(payload.result);
    });
    source.addEventListener('model_failed', (event) => {
      const payload = data(event);
      byModel.get(payload.model)?.fail(payload.error, payload.result);
    });
    source.addEventListener('run_finished', (event) => {
      const payload = data(event);
      source.close();
      finishRun(payload, byModel);
    });
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) {
        message.textContent = 'Lost the connection to the run. It may still finish: see the history.';
        runButton.disabled = false;
        cancelButton.disabled = true;
      }
    };

    return run;
  }

  function finishRun(payload, byModel) {
    for (const panel of byModel.values()) {
      panel.stopIfRunning(payload.cancelled ? 'cancelled' : 'not run');
    }

    runButton.disabled = false;
    cancelButton.disabled = true;
    current = null;

    const words = payload.error
      ? payload.error
      : payload.cancelled
        ? 'Cancelled. The models that finished are saved.'
        : payload.success ? 'Finished. Every model answered.' : 'Finished, but some models failed.';
    message.replaceChildren(document.createTextNode(`${words} `));
    if (payload.persisted === false) {
      // The run is safe in the outbox but not in the history yet; the server's warning says where and why.
      const warning = document.createElement('strong');
      warning.id = 'storage-warning';
      warning.textContent = `${(payload.warnings ?? []).join(' ')} `;
      message.append(warning);
    }
    const link = document.createElement('a');
    link.href = `/runs/${encodeURIComponent(payload.run_id)}`;
    link.textContent = 'Open the details';
    link.id = 'details-link';
    message.append(link);
  }

  function createPanel(model) {
    const node = template.content.firstElementChild.cloneNode(true);
    const field = (name) => node.querySelector(name);
    const answer = field('.panel-answer');
    let started = 0;
    let timer = 0;
    let chunks = 0;

    node.dataset.model = model;
    field('.panel-model').textContent = model;
    panels.append(node);

    const setStatus = (status) => {
      node.dataset.status = status;
      field('.panel-status').textContent = status;
    };
    const tick = () => {
      field('.m-elapsed').textContent = seconds((performance.now() - started) / 1000);
    };
    const stopTimer = () => window.clearInterval(timer);

    return {
      start() {
        started = performance.now();
        setStatus('running');
        timer = window.setInterval(tick, 100);
      },
      firstToken(value) {
        field('.m-ttft').textContent = seconds(value);
      },
      chunk(text, channel) {
        chunks += 1;
        field('.m-chunks').textContent = String(chunks);
        if (channel === 'content') {
          answer.append(document.createTextNode(text));
        }
      },
      finish(result) {
        stopTimer();
        setStatus('finished');
        this.metrics(result);
      },
      fail(error, result) {
        stopTimer();
        setStatus(result?.error_kind === 'cancelled' ? 'cancelled' : 'failed');
        const paragraph = field('.panel-error');
        paragraph.textContent = error;
        paragraph.hidden = false;
        if (result) {
          this.metrics(result);
        }
      },
      metrics(result) {
        const timing = result.timing ?? {};
        const throughput = result.throughput ?? {};
        field('.m-ttft').textContent = seconds(timing.time_to_first_token);
        field('.m-total').textContent = seconds(timing.total_time);
        field('.m-elapsed').textContent = seconds(timing.total_time);
        field('.m-rate').textContent = rate(throughput.tokens_per_second ?? throughput.client_tokens_per_second);
        field('.m-chunks').textContent = String(throughput.total_chunks ?? chunks);
        answer.textContent = result.response ?? answer.textContent;
      },
      stopIfRunning(status) {
        if (node.dataset.status === 'running' || node.dataset.status === 'waiting') {
          stopTimer();
          setStatus(status);
        }
      },
    };
  }
}

function readForm(form) {
  const number = (name) => {
    const value = form.elements[name].value.trim();
    return value === '' ? null : Number(value);
  };

  return {
    prompt: form.elements.prompt.value,
    models: [...form.querySelectorAll('input[name="models"]:checked')].map((input) => input.value),
    mode: form.querySelector('input[name="mode"]:checked').value,
    parameters: {
      temperature: number('temperature'),
      seed: number('seed'),
      num_predict: number('num_predict'),
      num_ctx: number('num_ctx'),
    },
  };
}
