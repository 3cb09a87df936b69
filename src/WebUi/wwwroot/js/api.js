// Small helpers shared by the page scripts. Untrusted text (prompts, answers, error details) is only
// ever placed with textContent, never parsed as HTML.

/** Turns an API error response (ProblemDetails or ValidationProblemDetails) into plain sentences. */
export async function problemMessages(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    return [`The server answered ${response.status} ${response.statusText}.`];
  }

  const messages = [];
  if (body && body.errors) {
    for (const [field, list] of Object.entries(body.errors)) {
      for (const message of list) {
        messages.push(`${field}: ${message}`);
      }
    }
  }

  if (messages.length === 0) {
    messages.push([body?.title, body?.detail].filter(Boolean).join(' ') || `The server answered ${response.status}.`);
  }

  return messages;
}

/** Replaces a list's items with one item per message. */
export function showList(list, messages) {
  list.replaceChildren(...messages.map((message) => {
    const item = document.createElement('li');
    item.textContent = message;
    return item;
  }));
}

export function seconds(value) {
  return typeof value === 'number' ? `${value.toFixed(3)} s` : '—';
}

export function rate(value) {
  return typeof value === 'number' ? `${value.toFixed(1)} tok/s` : 'not reported';
}
