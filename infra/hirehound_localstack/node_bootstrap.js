// The Lambda Node.js runtime loop for a local sandbox (hirehound_localstack/sandbox.py): import the
// handler named by _HANDLER from LAMBDA_TASK_ROOT, then next -> handler -> response or error through
// the Runtime API at AWS_LAMBDA_RUNTIME_API. Only CDK's own custom-resource handlers are Node.js in our
// stack; error payloads follow the Node.js runtime's ({errorType: err.name, errorMessage, trace}).
"use strict";
const http = require("http");
const path = require("path");
const { pathToFileURL } = require("url");

const API = process.env.AWS_LAMBDA_RUNTIME_API;
const ROOT = "/2018-06-01/runtime";

function call(method, route, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const [host, port] = API.split(":");
    const data = body === undefined ? undefined : Buffer.from(body);
    const req = http.request(
      { host, port, method, path: ROOT + route, headers: data ? { ...headers, "Content-Length": data.length } : headers },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on("error", reject);
    if (data) req.write(data);
    req.end();
  });
}

function errorPayload(err, type) {
  const e = err instanceof Error ? err : new Error(String(err));
  return JSON.stringify({
    errorType: type || e.name || "Error",
    errorMessage: e.message,
    trace: (e.stack || "").split("\n"),
  });
}

async function loadHandler() {
  const handler = process.env._HANDLER || "";
  const dot = handler.lastIndexOf(".");
  const file = path.resolve(process.env.LAMBDA_TASK_ROOT || ".", handler.slice(0, dot));
  let mod;
  try {
    mod = require(file);
  } catch (err) {
    if (err.code !== "ERR_REQUIRE_ESM") throw Object.assign(err, { lambdaType: "Runtime.ImportModuleError" });
    mod = await import(pathToFileURL(`${file}.mjs`).href);
  }
  const fn = mod[handler.slice(dot + 1)];
  if (typeof fn !== "function") {
    throw Object.assign(new Error(`${handler} is undefined or not exported`), { lambdaType: "Runtime.HandlerNotFound" });
  }
  return fn;
}

function run(fn, event, context) {
  if (fn.length < 3) return Promise.resolve().then(() => fn(event, context));
  return new Promise((resolve, reject) => {
    const result = fn(event, context, (err, value) => (err ? reject(err) : resolve(value)));
    if (result && typeof result.then === "function") result.then(resolve, reject);
  });
}

async function main() {
  let fn;
  try {
    fn = await loadHandler();
  } catch (err) {
    console.error(err);
    await call("POST", "/init/error", errorPayload(err, err.lambdaType), { "Lambda-Runtime-Function-Error-Type": err.lambdaType || "Runtime.Unknown" });
    process.exit(1);
  }
  for (;;) {
    const next = await call("GET", "/invocation/next");
    const id = next.headers["lambda-runtime-aws-request-id"];
    const deadline = Number(next.headers["lambda-runtime-deadline-ms"]);
    process.env._X_AMZN_TRACE_ID = next.headers["lambda-runtime-trace-id"] || "";
    const context = {
      awsRequestId: id,
      invokedFunctionArn: next.headers["lambda-runtime-invoked-function-arn"],
      functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
      functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION,
      memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
      logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME,
      logStreamName: process.env.AWS_LAMBDA_LOG_STREAM_NAME,
      callbackWaitsForEmptyEventLoop: true,
      getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    };
    try {
      const result = await run(fn, JSON.parse(next.body), context);
      await call("POST", `/invocation/${id}/response`, JSON.stringify(result === undefined ? null : result));
    } catch (err) {
      console.error(`${new Date().toISOString()}\t${id}\tERROR\t`, err);
      await call("POST", `/invocation/${id}/error`, errorPayload(err), { "Lambda-Runtime-Function-Error-Type": "Unhandled" });
    }
  }
}

main();
