import { problemMessages, showList } from './api.js';

const form = document.getElementById('nova-form');

if (form) {
  const conversation = document.getElementById('conversation');
  const message = document.getElementById('nova-message');
  const errors = document.getElementById('nova-errors');
  const button = document.getElementById('nova-ask');

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    showList(errors, []);

    const prompt = form.elements.prompt.value;
    if (prompt.trim() === '') {
      showList(errors, ['Write a question first.']);
      return;
    }

    const maxTokens = form.elements.max_tokens.value.trim();
    const request = {
      prompt,
      session_id: form.elements.session_id.value || null,
      parameters: {
        model: form.elements.model.value,
        iterations: Number(form.elements.iterations.value),
        max_tokens: maxTokens === '' ? null : Number(maxTokens),
      },
    };

    button.disabled = true;
    message.textContent = 'Nova is working through the panel… this takes one model call per step.';
    const response = await fetch('/api/nova/ask', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(request),
    }).catch(() => null);
    button.disabled = false;

    if (!response) {
      message.textContent = '';
      showList(errors, ['The server could not be reached. Is it still running?']);
      return;
    }

    if (!response.ok) {
      message.textContent = '';
      showList(errors, await problemMessages(response));
      return;
    }

    const answer = await response.json();
    document.getElementById('conversation-empty')?.remove();
    conversation.append(userMessage(prompt), answerMessage(answer));
    if (!form.elements.session_id.value) {
      listSession(answer.session_id, prompt);
    }
    form.elements.session_id.value = answer.session_id;
    window.history.replaceState(null, '', `/nova?session=${encodeURIComponent(answer.session_id)}`);
    message.textContent = 'Answered. The exchange is saved in the session.';
  });
}

/** Adds a new session to the sessions list, so it can be reopened without reloading the page. */
function listSession(id, prompt) {
  let list = document.getElementById('sessions');
  if (!list) {
    list = element('ul');
    list.id = 'sessions';
    document.getElementById('sessions-empty')?.replaceWith(list);
  }

  const link = element('a', prompt.length > 80 ? `${prompt.slice(0, 79)}…` : prompt);
  link.href = `/nova?session=${encodeURIComponent(id)}`;
  const item = element('li');
  item.append(link);
  list.prepend(item);
}

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) {
    node.textContent = text;
  }
  if (className) {
    node.className = className;
  }
  return node;
}

function userMessage(prompt) {
  const article = element('article', undefined, 'message');
  article.dataset.role = 'user';
  article.append(element('div', 'You', 'role'), element('pre', prompt));
  return article;
}

function answerMessage(answer) {
  const article = element('article', undefined, 'message');
  article.dataset.role = 'assistant';
  article.append(element('div', 'Nova', 'role'), element('pre', answer.text));

  const steps = element('details');
  steps.append(element('summary', `How Nova got there (${answer.chain_of_thought.length} steps)`));
  const list = element('ol');
  for (const line of answer.chain_of_thought) {
    list.append(element('li', line));
  }
  steps.append(list);

  const metrics = answer.metrics;
  const rate = typeof metrics.tokens_per_second === 'number' ? `${metrics.tokens_per_second.toFixed(1)} tok/s` : 'not reported';
  const summary = `${(metrics.total_ms / 1000).toFixed(2)} s in total, ${metrics.model_calls} model calls on ${metrics.model}, ${rate}; experts: ${metrics.experts.join(', ')}`;
  article.append(steps, element('p', summary, 'lead'));
  return article;
}
