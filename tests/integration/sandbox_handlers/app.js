// Node.js handlers the sandbox tests run through node_bootstrap.js.
"use strict";
class ProviderDown extends Error {
  constructor(message) { super(message); this.name = "ProviderDown"; }
}
exports.echo = async (event, context) => ({ event, functionName: context.functionName, requestId: context.awsRequestId, remaining: context.getRemainingTimeInMillis() });
exports.fail = async () => { throw new ProviderDown("clearbit answered 503"); };
exports.callback = (event, context, done) => { setTimeout(() => done(null, { late: event.n * 2 }), 10); };
