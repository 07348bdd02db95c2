// Checks the draft while it is written: a pause in typing sends it to the check API, and the
// verdict is read out in the live region. Without JavaScript the form's Check button does the same.
(function () {
  const form = document.querySelector('form.content-check');
  const text = document.getElementById('text');
  const live = document.getElementById('live-result');
  if (!form || !text || !live) return;
  const csrf = form.querySelector('input[name="_csrf"]');
  let timer = null;
  let sent = 0;
  const say = (template, values) => template.replace(/\{\{(\w+)\}\}/g, (_, key) => String(values[key] ?? ''));
  async function check() {
    const mine = ++sent;
    if (!text.value.trim()) {
      live.textContent = '';
      return;
    }
    live.textContent = live.dataset.checking;
    try {
      const answer = await fetch('/api/v1/content-checks', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf ? csrf.value : '' },
        credentials: 'same-origin',
        body: JSON.stringify({ text: text.value, lang: document.documentElement.lang }),
      });
      if (!answer.ok) throw new Error(String(answer.status));
      const result = await answer.json();
      if (mine !== sent) return;
      const verdict = live.dataset['verdict' + result.verdict.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase())];
      const count = result.findings.length;
      live.textContent = say(count === 1 ? live.dataset.resultOne : live.dataset.result, { verdict, count });
      live.className = 'live-result live-result--' + result.verdict;
    } catch {
      if (mine === sent) live.textContent = live.dataset.failed;
    }
  }
  text.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(check, 700);
  });
})();
