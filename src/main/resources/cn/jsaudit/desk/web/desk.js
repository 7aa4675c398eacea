// The desk's pages: everything they show comes from /api/… (docs/desk.md); text is set with textContent only.
'use strict';
let me = null;

async function api(path, options = {}) {
  const headers = Object.assign({'X-CSRF-Token': me ? me.csrf : ''}, options.headers || {});
  const res = await fetch(path, Object.assign({credentials: 'same-origin'}, options, {headers}));
  if (res.status === 401) { location.href = '/login'; throw new Error('未登录'); }
  const body = (res.headers.get('content-type') || '').includes('json') ? await res.json() : null;
  if (!res.ok) { throw new Error(body && body.error ? body.error : '请求失败：' + res.status); }
  return body;
}
function post(path, data) {
  return api(path, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(data)});
}
function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}
function row(cells) {
  const tr = document.createElement('tr');
  cells.forEach(c => { const td = c instanceof Node ? wrap(c) : el('td', c); tr.appendChild(td); });
  return tr;
}
function wrap(node) { const td = document.createElement('td'); td.appendChild(node); return td; }
function when(iso) { return iso ? new Date(iso).toLocaleString('zh-CN', {hour12: false}) : ''; }

async function start() {
  me = await api('/api/me');
  document.getElementById('me').textContent = me.name + '（' + me.role + '）';
  document.getElementById('logout').addEventListener('click', async () => {
    await api('/logout', {method: 'POST'}).catch(() => {});
    location.href = '/login';
  });
  if (document.body.dataset.page === 'index') indexPage(); else unitPage();
}

// ---- index: upload, batches, units, users ----
function indexPage() {
  document.getElementById('upload').addEventListener('submit', async e => {
    e.preventDefault();
    const status = document.getElementById('upload-status');
    const data = new FormData();
    for (const f of document.getElementById('files').files) data.append('files', f, f.name);
    for (const f of document.getElementById('folder').files) data.append('files', f, f.webkitRelativePath || f.name);
    if (!data.has('files')) { status.textContent = '请先选择文件或文件夹'; return; }
    status.textContent = '正在上传…';
    try {
      const b = await api('/api/batches', {method: 'POST', body: data});
      status.textContent = '已上传，批次 ' + b.id + '：' + b.total + ' 份提交，正在审核';
      refresh();
    } catch (err) { status.textContent = err.message; }
  });
  document.getElementById('status-filter').addEventListener('change', refresh);
  document.getElementById('unit-search').addEventListener('input', refresh);
  if (me.admin) {
    document.getElementById('admin').hidden = false;
    document.getElementById('add-user').addEventListener('submit', async e => {
      e.preventDefault();
      const s = document.getElementById('user-status');
      try {
        const u = await post('/api/users', {name: document.getElementById('new-name').value,
          password: document.getElementById('new-password').value, role: document.getElementById('new-role').value});
        s.textContent = '已新增 ' + u.name;
        users();
      } catch (err) { s.textContent = err.message; }
    });
    users();
  }
  refresh();
  setInterval(refresh, 2000);
}

async function users() {
  const ul = document.getElementById('users');
  ul.replaceChildren(...(await api('/api/users')).map(u => el('li', u.name + '（' + u.role + '）')));
}

// the page's own polling: marked so that it does not keep an idle session alive
const POLL = {headers: {'X-Desk-Poll': '1'}};
// what each list shows now: it is rebuilt only when that changes (no flicker, a row under the mouse stays put)
const shown = {};
function show(selector, data, rows) {
  const key = JSON.stringify(data);
  if (shown[selector] === key) return;
  shown[selector] = key;
  document.querySelector(selector).replaceChildren(...rows(data));
}

async function refresh() {
  const batches = await api('/api/batches', POLL);
  show('#batches tbody', batches, list => list.map(b => {
    const p = el('progress'); p.max = b.total; p.value = b.done;
    const cell = document.createElement('span'); cell.append(p, ' ' + b.done + '/' + b.total);
    return row([b.id, b.name, b.uploadedBy, when(b.createdAt), cell, b.state + (b.failed ? '（' + b.failed + ' 份审核失败）' : '')]);
  }));
  const failed = [];
  for (const b of batches.filter(x => x.failed > 0)) {
    (await api('/api/batches/' + b.id, POLL)).submissions.filter(s => s.state === '审核失败').forEach(s => failed.push(s));
  }
  show('#failed', failed, list => list.map(s => {
    const li = el('li', '批次 ' + s.batch + '，' + s.file + '：' + s.failure + ' ');
    const again = el('button', '重新审核'); again.type = 'button';
    again.addEventListener('click', async () => { again.disabled = true; await post('/api/submissions/' + s.id + '/retry', {}); refresh(); });
    li.appendChild(again);
    return li;
  }));
  const feedback = await api('/api/feedback', POLL);
  show('#feedback tbody', feedback, list => list.map(f =>
    row([f.rule, f.unit || '', f.year || '', f.message, f.reason, f.user, when(f.at)])));
  const status = document.getElementById('status-filter').value;
  const q = document.getElementById('unit-search').value.trim();
  const units = await api('/api/units' + (status ? '?status=' + encodeURIComponent(status) : ''), POLL);
  const query = status ? '&status=' + encodeURIComponent(status) : '';
  document.getElementById('export-xlsx').href = '/api/export?format=xlsx' + query;
  document.getElementById('export-html').href = '/api/export?format=html' + query;
  show('#units tbody', units.filter(u => !q || (u.unit || u.file).includes(q)), list => list
    .map(u => {
      const a = el('a', u.unit || u.file); a.href = '/unit?id=' + u.id;
      return row([a, u.year, u.file, u.status, u.error, u.warning, u.info, u.undecided]);
    }));
}

// ---- unit: findings, source view, decisions, status, history, audit ----
let unit = null;
let selected = null;
let sortKey = null;
let sortDir = 1;

function unitPage() {
  const id = new URLSearchParams(location.search).get('id');
  ['sev-filter', 'dec-filter', 'find-search'].forEach(i =>
    document.getElementById(i).addEventListener('input', renderFindings));
  document.querySelectorAll('#findings th[data-sort]').forEach(th => th.addEventListener('click', () => {
    sortDir = sortKey === th.dataset.sort ? -sortDir : 1;
    sortKey = th.dataset.sort;
    renderFindings();
  }));
  document.querySelectorAll('.status-bar button').forEach(b => b.addEventListener('click', async () => {
    unit = await post('/api/submissions/' + id + '/status', {status: b.dataset.status});
    renderUnit();
  }));
  document.querySelectorAll('#decide button').forEach(b => b.addEventListener('click', async () => {
    try {
      unit = await post('/api/findings/' + selected.id + '/decision',
        {kind: b.dataset.kind, note: document.getElementById('d-note').value});
      selected = unit.findings.find(f => f.id === selected.id);
      renderUnit();
      showDetail(selected);
    } catch (err) { document.getElementById('d-decision').textContent = err.message; }
  }));
  api('/api/submissions/' + id).then(u => { unit = u; renderUnit(); });
}

const SEV_ORDER = {ERROR: 0, WARNING: 1, INFO: 2};
function sortValue(f, key) {
  if (key === 'severity') return SEV_ORDER[f.severity];
  if (key === 'decision') return f.decision ? f.decision.label : '';
  return f[key] || '';
}

async function renderUnit() {
  document.title = (unit.unit || unit.file) + ' · jsaudit 审核台';
  document.getElementById('unit-title').textContent = (unit.unit || unit.file) + (unit.year ? ' ' + unit.year + ' 年度' : '');
  document.getElementById('unit-meta').textContent = '文件 ' + unit.file + '，模板 ' + (unit.template || '未识别')
    + '；错误 ' + unit.error + '，警告 ' + unit.warning + '，提示 ' + unit.info + '，未处理 ' + unit.undecided;
  document.getElementById('prior-note').textContent = unit.priorNote || '';
  document.getElementById('prior-confirm').replaceChildren(...(unit.priorCandidates || []).map(name => {
    const b = el('button', '确认上年的“' + name + '”就是本单位，重新核对');
    b.type = 'button';
    b.addEventListener('click', async () => {
      b.disabled = true;
      const batch = await post('/api/submissions/' + unit.id + '/prior', {unit: name});
      b.textContent = '已重新排队审核…';
      for (;;) {
        const d = await api('/api/batches/' + batch.id);
        if (d.batch.state === '已完成') { location.href = '/unit?id=' + d.submissions[0].id; return; }
        await new Promise(r => setTimeout(r, 1000));
      }
    });
    return b;
  }));
  document.getElementById('unit-status').textContent = unit.status || '';
  document.getElementById('status-by').textContent = unit.statusBy ? '（' + unit.statusBy + '，' + when(unit.statusAt) + '）' : '';
  document.getElementById('history').replaceChildren(...unit.history.map(h => {
    const li = document.createElement('li');
    const a = el('a', h.year + ' 年度：' + h.file); a.href = '/unit?id=' + h.id;
    li.append(a, h.id === unit.id ? '（当前）' : '', ' ' + when(h.screenedAt));
    return li;
  }));
  renderFindings();
  const audit = await api('/api/submissions/' + unit.id + '/audit');
  document.querySelector('#audit tbody').replaceChildren(...audit.map(a => row([when(a.at), a.user || '系统', a.action, a.detail])));
}

function renderFindings() {
  const sev = document.getElementById('sev-filter').value;
  const dec = document.getElementById('dec-filter').value;
  const q = document.getElementById('find-search').value.trim();
  let list = unit.findings.filter(f => (!sev || f.severity === sev)
    && (!dec || (dec === 'none' ? !f.decision : f.decision && f.decision.kind === dec))
    && (!q || [f.rule, f.table, f.message, f.title].some(t => t && t.includes(q))));
  if (sortKey) {
    list = list.slice().sort((a, b) => {
      const x = sortValue(a, sortKey), y = sortValue(b, sortKey);
      return (x < y ? -1 : x > y ? 1 : 0) * sortDir;
    });
  }
  document.querySelector('#findings tbody').replaceChildren(...list.map(f => {
    const tr = row([el('span', f.severityLabel, 'sev-' + f.severity), f.rule, f.table || '', f.message,
      f.decision ? f.decision.label : '']);
    tr.className = 'clickable' + (selected && selected.id === f.id ? ' selected' : '');
    tr.dataset.finding = f.id;
    tr.addEventListener('click', () => { selected = f; renderFindings(); showDetail(f); });
    return tr;
  }));
}

async function showDetail(f) {
  document.getElementById('detail').hidden = false;
  document.getElementById('d-title').textContent = f.rule + ' ' + (f.title || '');
  document.getElementById('d-message').textContent = f.message;
  document.getElementById('d-explanation').textContent = f.explanation ? '单位的说明：' + f.explanation : '';
  document.getElementById('d-decision').textContent = f.decision
    ? f.decision.label + '：' + f.decision.note + '（' + f.decision.user + '，' + when(f.decision.at) + '）' : '';
  document.getElementById('d-note').value = f.decision ? f.decision.note : '';
  const view = document.getElementById('view');
  view.replaceChildren(el('p', '正在读取…'));
  // one tab per sheet and one for the narrative when the finding names several places
  const sources = [];
  for (const l of f.locations) {
    if (l.sheet && !sources.some(s => s.sheet === l.sheet)) sources.push({label: '表格：' + l.sheet, sheet: l.sheet});
    else if (!l.sheet && l.cell && l.cell.endsWith('段') && !sources.some(s => s.text)) sources.push({label: '情况说明', text: true});
  }
  if (sources.length === 0) { view.replaceChildren(el('p', '这条审核发现没有对应的单元格或段落。')); return; }
  const tabs = el('div', null, 'tabs');
  const pane = document.createElement('div');
  const open = async s => {
    pane.replaceChildren(el('p', '正在读取…'));
    try {
      pane.replaceChildren(s.text ? textView(await api('/api/submissions/' + unit.id + '/text?finding=' + f.id))
        : gridView(await api('/api/submissions/' + unit.id + '/grid?finding=' + f.id + '&sheet=' + encodeURIComponent(s.sheet))));
    } catch (err) { pane.replaceChildren(el('p', err.message, 'error')); }
  };
  sources.forEach(s => { const b = el('button', s.label); b.type = 'button'; b.addEventListener('click', () => open(s)); tabs.appendChild(b); });
  view.replaceChildren(tabs, pane);
  open(sources[0]);
}

function columnName(c) { let s = ''; c++; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }

function gridView(g) {
  const box = document.createElement('div');
  box.appendChild(el('p', g.file + ' · 工作表“' + g.sheet + '”' + (g.cut ? '（只显示第 ' + (g.firstRow + 1) + ' 行起的一部分）' : '')));
  const table = el('table', null, 'grid');
  const width = g.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const head = document.createElement('tr');
  head.appendChild(el('th', ''));
  for (let c = 0; c < width; c++) head.appendChild(el('th', columnName(c)));
  table.appendChild(head);
  const marked = new Set(g.marks.map(m => m[0] + ',' + m[1]));
  g.rows.forEach((r, i) => {
    const tr = document.createElement('tr');
    tr.appendChild(el('th', g.firstRow + i + 1));
    for (let c = 0; c < width; c++) {
      const td = el('td', r[c] || '');
      if ((r[c] || '').length > 12) td.title = r[c];
      if (marked.has((g.firstRow + i) + ',' + c)) { td.className = 'mark'; td.dataset.cell = columnName(c) + (g.firstRow + i + 1); }
      tr.appendChild(td);
    }
    table.appendChild(tr);
  });
  const wrapBox = el('div', null, 'grid-wrap');
  wrapBox.appendChild(table);
  box.appendChild(wrapBox);
  // scroll the grid (not the page) so that the first marked cell is in view
  setTimeout(() => {
    const m = table.querySelector('td.mark');
    if (m) {
      wrapBox.scrollTop = Math.max(0, m.offsetTop - wrapBox.clientHeight / 2);
      wrapBox.scrollLeft = Math.max(0, m.offsetLeft - wrapBox.clientWidth / 3);
    }
  }, 0);
  return box;
}

function textView(t) {
  const box = document.createElement('div');
  box.appendChild(el('p', t.file));
  t.paragraphs.forEach((p, i) => {
    const div = el('p', null, 'para' + (i === t.markParagraph ? ' mark' : ''));
    p.forEach((s, j) => div.appendChild(el('span', s, 'sentence' + (i === t.markParagraph && j === t.markSentence ? ' mark' : ''))));
    box.appendChild(div);
  });
  setTimeout(() => { const m = box.querySelector('.para.mark'); if (m) box.scrollTop = Math.max(0, m.offsetTop - box.offsetTop - 100); }, 0);
  return box;
}

start();
