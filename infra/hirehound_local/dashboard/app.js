// Hirehound local dashboard: polls /api/status and draws tables and inline-SVG charts (no libraries).
"use strict";

const REFRESH_MS = 5000;
const COLORS = { p50: "#3d7bd9", p95: "#1d2330", SUCCEEDED: "#2e9e5b", FAILED: "#d23c3c",
  RUNNING: "#3d7bd9", TIMED_OUT: "#e0a526", ABORTED: "#777777" };
let selectedArn = null;
let pinned = false;

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child instanceof Node ? child : String(child ?? ""));
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
  for (const child of children) node.append(child instanceof Node ? child : String(child));
  return node;
}

// rows: array of objects; key(row) names a row for tests (data-key); onclick optional.
function table(rows, { key, onclick, selected, hidden = [] } = {}) {
  if (!rows || rows.length === 0) return el("p", { class: "none" }, "none");
  const columns = Object.keys(rows[0]).filter((c) => !hidden.includes(c));
  const head = el("tr", {}, ...columns.map((c) => el("th", {}, c.replaceAll("_", " "))));
  const body = rows.map((row) => {
    const attrs = {};
    if (key) attrs["data-key"] = key(row);
    if (onclick) { attrs.class = "clickable"; attrs.onclick = () => onclick(row); }
    if (selected && selected(row)) attrs.class = `${attrs.class || ""} selected`;
    return el("tr", attrs, ...columns.map((c) => {
      const value = row[c];
      const numeric = typeof value === "number";
      return el("td", { class: numeric ? "num" : "", "data-col": c }, value ?? "");
    }));
  });
  return el("table", {}, el("thead", {}, head), el("tbody", {}, ...body));
}

// Horizontal grouped bars: items [{label, bars: [{name, value, color}]}]. Drawn at the pixel width of
// `host` (never scaled down, so text stays at its CSS size), labels sized to the longest one.
const CHART = { font: 12, bar: 16, gap: 10, minWidth: 320, charWidth: 7.2, valueRoom: 150 };

function barChart(host, items, { unit = "", named = false } = {}) {
  if (items.length === 0) return el("p", { class: "none" }, "no data");
  const width = Math.max(CHART.minWidth, Math.floor(host.clientWidth || CHART.minWidth));
  const longest = Math.max(...items.map((item) => item.label.length));
  const labelWidth = Math.min(Math.ceil(longest * CHART.charWidth) + 12, Math.floor(width * 0.45));
  const room = Math.max(40, width - labelWidth - CHART.valueRoom);
  const max = Math.max(1, ...items.flatMap((item) => item.bars.map((bar) => bar.value)));
  const height = items.reduce((total, item) => total + item.bars.length * CHART.bar + CHART.gap, 0) + 4;
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, width, height, role: "img", class: "chart" });
  let y = 0;
  for (const item of items) {
    chart.append(svg("text", { x: 0, y: y + CHART.font, class: "label" }, item.label));
    item.bars.forEach((bar, j) => {
      const w = Math.max(1, (room * bar.value) / max);
      const by = y + j * CHART.bar;
      const text = `${named ? `${bar.name} ` : ""}${bar.value}${unit}`;
      chart.append(svg("rect", { x: labelWidth, y: by, width: w, height: CHART.bar - 3, fill: bar.color },
        svg("title", {}, `${bar.name}: ${bar.value}${unit}`)));
      chart.append(svg("text", { x: labelWidth + w + 4, y: by + CHART.bar - 5 }, text));
    });
    y += item.bars.length * CHART.bar + CHART.gap;
  }
  return chart;
}

function card(id, label, value) {
  return el("div", { class: "card", id, "data-value": value }, el("div", { class: "value" }, value), label);
}

function sum(rows, field) {
  return (rows || []).reduce((total, row) => total + Number(row[field] || 0), 0);
}

let lastSnap = null;

function render(snap) {
  lastSnap = snap;
  $("updated").textContent = `updated ${new Date(snap.generated_at).toLocaleTimeString()}`;
  $("cards").replaceChildren(
    card("card-stage-runs", "stage runs", sum(snap.stages, "runs")),
    card("card-stage-failures", "stage failures", sum(snap.stages, "failures")),
    card("card-executions", "executions", sum(snap.executions, "executions")),
    card("card-dead-letters", "open dead letters", sum(snap.dead_letters, "letters")),
    card("card-pages", "pages in batches", snap.batches.pages),
    card("card-rate-limit-hits", "rate-limit hits", sum(snap.rate_limits, "hits")),
  );
  $("queues").replaceChildren(snap.queues === null
    ? el("p", { class: "none" }, "no live local runtime (start with --demo N)")
    : table(snap.queues, { key: (r) => r.queue }));
  $("executions-chart").replaceChildren(barChart($("executions-chart"), groupExecutions(snap.executions), { named: true }));
  $("executions").replaceChildren(table(snap.executions, { key: (r) => `${r.workflow}/${r.status}` }));
  $("stages-chart").replaceChildren(barChart($("stages-chart"), snap.stages.map((s) => ({
    label: `${s.workflow}/${s.stage} (${s.failure_pct}% failed)`,
    bars: [{ name: "p50", value: s.p50_ms, color: COLORS.p50 }, { name: "p95", value: s.p95_ms, color: COLORS.p95 }],
  })), { unit: " ms" }));
  $("stages").replaceChildren(table(snap.stages, { key: (r) => `${r.workflow}/${r.stage}` }));
  $("dead-letters").replaceChildren(table(snap.dead_letters, { key: (r) => `${r.workflow}/${r.stage}/${r.reason}` }));
  $("breakers").replaceChildren(table(snap.breakers, { key: (r) => r.provider }));
  $("rate-limits").replaceChildren(table(snap.rate_limits, { key: (r) => r.provider }));
  if (!pinned) selectedArn = snap.selected_execution;
  $("recent").replaceChildren(table(snap.recent_executions.map((e) => ({
    workflow: e.workflow, status: e.status, started: e.started_at, duration_ms: e.duration_ms,
    error: e.error, execution: e.execution_arn.split(":").pop(), arn: e.execution_arn,
  })), {
    key: (r) => r.arn,
    hidden: ["arn"],
    selected: (r) => r.arn === selectedArn,
    onclick: (r) => { pinned = true; selectedArn = r.arn; refresh(); },
  }));
}

function groupExecutions(rows) {
  const byWorkflow = new Map();
  for (const row of rows) {
    if (!byWorkflow.has(row.workflow)) byWorkflow.set(row.workflow, []);
    byWorkflow.get(row.workflow).push({ name: row.status, value: row.executions, color: COLORS[row.status] || "#777" });
  }
  return [...byWorkflow].map(([label, bars]) => ({ label, bars }));
}

function flow(nodes) {
  return el("div", { class: "flow" }, ...nodes.flatMap((node) => {
    const detail = node.entered > 1 || node.retries ? `×${node.entered}${node.retries ? `, ${node.retries} retries` : ""}` : node.type;
    const box = el("div", { class: `state ${node.outcome}`, "data-state": node.name, "data-outcome": node.outcome },
      node.name, el("small", {}, detail));
    if (node.branches.length === 0) return [box];
    return [box, el("div", { class: "branches" }, ...node.branches.map(flow))];
  }));
}

async function renderGraph() {
  if (!selectedArn) {
    $("graph-title").textContent = "";
    $("graph").replaceChildren(el("p", { class: "none" }, "no recorded executions yet"));
    return;
  }
  const response = await fetch(`/api/execution?arn=${encodeURIComponent(selectedArn)}`);
  if (!response.ok) return;
  const run = await response.json();
  $("graph-title").textContent = `${run.workflow} ${run.name}: ${run.status}`;
  $("graph").replaceChildren(flow(run.graph));
  $("graph").dataset.arn = run.execution_arn;
}

async function refresh() {
  try {
    const response = await fetch(`/api/status?window=${encodeURIComponent($("window").value)}`);
    if (!response.ok) throw new Error(`status ${response.status}`);
    render(await response.json());
    await renderGraph();
    document.body.dataset.loaded = "true";
  } catch (error) {
    $("updated").textContent = `update failed: ${error.message}`;
  }
}

$("window").addEventListener("change", refresh);
window.addEventListener("resize", () => { if (lastSnap) render(lastSnap); });
refresh();
setInterval(refresh, REFRESH_MS);
