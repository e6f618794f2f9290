#!/usr/bin/env node
"use strict";

// Runs @vercel/cosmosdb-server for the .NET contract tests, with the fixes
// described in README.md. Usage: node launcher.js [--port N] [--host H] [--verbose] [--ignore-stdin]

const fs = require("fs");
const https = require("https");
const path = require("path");
const { randomUUID } = require("crypto");

const PKG = "@vercel/cosmosdb-server";
const pkgDir = path.dirname(require.resolve(`${PKG}/package.json`));
const stock = name => require(`${PKG}/lib/${name}`);
// The query engine is the server's own dependency; resolve it from there, not from here.
const cosmosQuery = require(require.resolve("@zeit/cosmosdb-query", { paths: [pkgDir] }));

const Account = stock("account").default;
const findRoute = stock("routes").default;
const readItems = stock("handler/_read-items").default;
const readJson = stock("json").default;
const trueHeader = stock("true-header").default;
const { parsePartitionKey } = stock("utils/get-partition-from-header");
const stockHandler = name => stock(`handler/${name}`).default;

// Real Cosmos DB sends ETags as quoted strings, as HTTP entity tags are; the stock server stores bare UUIDs.
// Quoting them where items are stored keeps If-Match comparisons exact and lets apps pass ETags to HTTP clients as is.
const Items = stock("account/items").default;
const storeItem = Items.prototype._set;
Items.prototype._set = function (data) {
  if (data && typeof data._etag === "string" && !data._etag.startsWith('"')) data._etag = `"${data._etag}"`;
  return storeItem.call(this, data);
};

const ERROR_CODES = {
  400: "BadRequest",
  401: "Unauthorized",
  403: "Forbidden",
  404: "NotFound",
  409: "Conflict",
  412: "PreconditionFailed",
  413: "RequestEntityTooLarge",
  429: "TooManyRequests",
  500: "InternalServerError"
};
const AGGREGATES = new Set(["COUNT", "SUM", "AVG", "MIN", "MAX"]);
const PARTITION_KEY_HEADER = "x-ms-documentdb-partitionkey";
const NOT_FOUND_MESSAGE = "Entity with the specified id does not exist in the system.";
const QUERY_METRICS =
  "totalExecutionTimeInMs=0.00;queryCompileTimeInMs=0.00;queryLogicalPlanBuildTimeInMs=0.00;" +
  "queryPhysicalPlanBuildTimeInMs=0.00;queryOptimizationTimeInMs=0.00;VMExecutionTimeInMs=0.00;" +
  "indexLookupTimeInMs=0.00;documentLoadTimeInMs=0.00;systemFunctionExecuteTimeInMs=0.00;" +
  "userFunctionExecuteTimeInMs=0.00;retrievedDocumentCount=0;retrievedDocumentSize=0;" +
  "outputDocumentCount=1;outputDocumentSize=0;writeOutputTimeInMs=0.00;indexUtilizationRatio=0.00";

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const args = { host: "127.0.0.1", port: 0, verbose: false, watchStdin: true };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === "--port" || arg === "-p") args.port = parsePort(argv[(i += 1)]);
    else if (arg === "--host") args.host = argv[(i += 1)];
    else if (arg === "--verbose") args.verbose = true;
    else if (arg === "--ignore-stdin") args.watchStdin = false;
    else throw new Error(`unknown argument: ${arg}`);
  }
  if (!args.host) throw new Error("--host needs a value");
  return args;
}

function parsePort(value) {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid --port: ${value}`);
  return port;
}

// ------------------------------------------------------- partition keys

function partitionKeyPaths(collectionData) {
  const paths = (collectionData.partitionKey || {}).paths || [];
  return paths.map(p => p.slice(1).split("/"));
}

/** The partition key the SDK sent as a JSON array (`["abc"]`), or null when absent. */
function requestPartitionKey(headers) {
  const raw = headers[PARTITION_KEY_HEADER];
  if (!raw) return null;
  try {
    const value = JSON.parse(raw);
    return Array.isArray(value) ? value : [value];
  } catch (err) {
    return null;
  }
}

function valueAt(doc, keys) {
  return keys.reduce((v, key) => (v !== null && typeof v === "object" ? v[key] : undefined), doc);
}

// `{}` is PartitionKey.None: it matches items that do not have the key property.
function inPartition(doc, paths, partitionKey) {
  return paths.every((keys, i) => {
    const expected = partitionKey[i];
    const actual = valueAt(doc, keys);
    return expected !== null && typeof expected === "object" ? actual === undefined : actual === expected;
  });
}

// ------------------------------------------------------------------- TTL

// Wall-clock time of each write seen by this process, keyed by the stored
// document object. `_ts` has one-second resolution, so counting from it alone
// could expire an item with ttl 1 a few milliseconds after it was written.
const writeTimes = new WeakMap();

function recordingWriteTime(handler) {
  return async (account, req, res, params) => {
    const body = await handler(account, req, res, params);
    if (res.statusCode < 300 && body && body._rid) writeTimes.set(body, Date.now());
    return body;
  };
}

function effectiveTtl(doc, defaultTtl) {
  const itemTtl = doc.ttl;
  const ttl = Number.isInteger(itemTtl) && (itemTtl === -1 || itemTtl > 0) ? itemTtl : defaultTtl;
  return ttl > 0 ? ttl : null;
}

function isExpired(doc, defaultTtl, now) {
  const ttl = effectiveTtl(doc, defaultTtl);
  if (ttl === null) return false;
  const writtenAt = Math.max(writeTimes.get(doc) || 0, doc._ts * 1000);
  return now >= writtenAt + ttl * 1000;
}

function storedItems(items) {
  return [...items._data.values()];
}

// TTL only applies to containers whose defaultTtl is set (-1 or N seconds).
function purgeExpired(collection, now) {
  const { defaultTtl } = collection.read();
  if (typeof defaultTtl !== "number") return;
  storedItems(collection.documents)
    .map(item => item.read())
    .filter(doc => isExpired(doc, defaultTtl, now))
    .forEach(doc => collection.documents.delete(doc._rid));
}

function purgeAllExpired(account, now = Date.now()) {
  storedItems(account.databases).forEach(database =>
    storedItems(database.collections).forEach(collection => purgeExpired(collection, now))
  );
}

// ------------------------------------------------------------ point read

function notFound(res) {
  res.statusCode = 404;
  return { code: "NotFound", message: NOT_FOUND_MESSAGE };
}

// Stock handler dereferences the missing document and answers 500.
function readDocument(account, req, res, { dbId, collId, docId }) {
  const collection = account.database(dbId).collection(collId);
  const collectionData = collection.read();
  const partitionKey = requestPartitionKey(req.headers);
  if (!collectionData || !partitionKey) return notFound(res);
  const lookupKey = parsePartitionKey(req.headers[PARTITION_KEY_HEADER], docId);
  const doc = collection.document(docId, lookupKey).read();
  const found = doc && doc.id === docId && inPartition(doc, partitionKeyPaths(collectionData), partitionKey);
  return found ? doc : notFound(res);
}

// ------------------------------------------------------------ aggregates

function isAggregateCall(node) {
  return node.type === "scalar_function_expression" && !node.udf && AGGREGATES.has(node.name.name.toUpperCase());
}

function containsAggregate(node) {
  if (!node || typeof node !== "object") return false;
  if (isAggregateCall(node)) return true;
  return Object.values(node).some(containsAggregate);
}

/**
 * With a local query plan the SDK rewrites `SELECT VALUE COUNT(1) ...` into
 * `SELECT VALUE [{"item": COUNT(1)}] ...` (and `SELECT COUNT(1) AS n` into
 * `SELECT {"n": {"item": COUNT(1)}} AS payload`) and merges these partial
 * results itself. The query engine only compiles aggregates at the top of the
 * SELECT, so the projection is returned here as one literal to be evaluated
 * aggregate by aggregate; null when the query needs no such help.
 */
function aggregateProjection(ast) {
  const { select } = ast.body || {};
  if (!select) return null;
  if (select.value) return !isAggregateCall(select.value) && containsAggregate(select.value) ? select.value : null;
  const list = (select.properties && select.properties.properties) || [];
  const nested = list.some(p => !isAggregateCall(p.property) && containsAggregate(p.property));
  if (!nested || !list.every(p => p.alias)) return null;
  return {
    type: "scalar_object_expression",
    properties: list.map(p => ({ key: { type: "string_constant", value: p.alias.name }, value: p.property }))
  };
}

// Query compiles its `ast` lazily, so swapping the AST of a trivially parsed
// query avoids parsing the SQL again (the engine is slow on object literals).
function queryFromAst(ast) {
  const query = cosmosQuery.default("SELECT * FROM c");
  query.ast = ast;
  return query;
}

function selectingValue(ast, valueNode) {
  const { body } = ast;
  return { ...ast, body: { ...body, select: { type: "select_specification", value: valueNode } } };
}

function evaluateLiteral(node, evaluateAggregate) {
  if (isAggregateCall(node)) return evaluateAggregate(node);
  switch (node.type) {
    case "scalar_array_expression":
      return node.elements.map(e => evaluateLiteral(e, evaluateAggregate));
    case "scalar_object_expression":
      return Object.fromEntries(
        node.properties.map(p => [p.key.value ?? p.key.name, evaluateLiteral(p.value, evaluateAggregate)])
      );
    case "null_constant":
      return null;
    case "undefined_constant":
      return undefined;
    default:
      if (node.type.endsWith("_constant")) return node.value;
      throw new Error(`Unsupported expression around an aggregate: ${node.type}`);
  }
}

function compileAggregateProjection(ast, projection) {
  const subqueries = new Map();
  const collect = node => {
    if (isAggregateCall(node)) subqueries.set(node, queryFromAst(selectingValue(ast, node)));
    else if (node && typeof node === "object") Object.values(node).forEach(collect);
  };
  collect(projection);
  return (docs, { parameters, udf }) => {
    const row = evaluateLiteral(projection, node => subqueries.get(node).exec(docs, { parameters, udf }).result[0]);
    return { result: [row], continuation: null };
  };
}

// --------------------------------------------- cross-partition ORDER BY

// Cross-partition ORDER BY arrives rewritten as
// `SELECT c._rid, [{"item": c.x}] AS orderByItems, c AS payload ... ORDER BY c.x`.
// The SDK merges and resumes these pages itself and expects ties to be ordered
// by the document part of `_rid`, in the direction of the first sort column,
// and resumes via a `resumeFilter` in the query body; the stock engine breaks
// ties by the base64 `_rid` string and ignores the filter, which loses or
// repeats items when a query is resumed from a continuation token.
function isOrderByRewrite(ast) {
  const { select, orderBy } = ast.body || {};
  const list = select && select.properties;
  return Boolean(orderBy && list && list.properties.some(p => p.alias && p.alias.name === "orderByItems"));
}

const TYPE_RANKS = ["undefined", "null", "boolean", "number", "string", "array", "object"];

// Stands for an array or object resume value, which the SDK sends as a hash.
class TypeOnly {
  constructor(type) {
    this.type = type;
  }
}

function typeName(value) {
  if (value instanceof TypeOnly) return value.type;
  if (value === undefined || value === null) return String(value);
  return Array.isArray(value) ? "array" : typeof value;
}

// Cosmos ordering: by type first, then by value for primitives.
function compareValues(a, b) {
  const typeA = typeName(a);
  const typeB = typeName(b);
  if (typeA !== typeB) return TYPE_RANKS.indexOf(typeA) - TYPE_RANKS.indexOf(typeB);
  if (!["boolean", "number", "string"].includes(typeA) || a === b) return 0;
  return a < b ? -1 : 1;
}

// The SDK compares `ResourceId.Document`: bytes 8-15 of the rid, little-endian.
function ridDocument(rid) {
  const bytes = Buffer.from(String(rid).replace(/-/g, "/"), "base64");
  return bytes.length >= 16 ? bytes.readBigUInt64LE(8) : 0n;
}

function compareRids(a, b) {
  if (!a || !b) return 0;
  const docA = ridDocument(a);
  const docB = ridDocument(b);
  if (docA === docB) return 0;
  return docA < docB ? -1 : 1;
}

function orderByValues(row) {
  return (row.orderByItems || []).map(entry => (entry ? entry.item : undefined));
}

// Compares two sort positions, each `{ values, rid }`.
function comparePositions(a, b, descending) {
  for (let i = 0; i < descending.length; i += 1) {
    const c = compareValues(a.values[i], b.values[i]);
    if (c !== 0) return descending[i] ? -c : c;
  }
  const c = compareRids(a.rid, b.rid);
  return descending[0] ? -c : c;
}

function position(row) {
  return { values: orderByValues(row), rid: row._rid };
}

function decodeResumeValue(value) {
  if (Array.isArray(value)) return undefined; // `[]` is how the SDK writes undefined
  if (value && typeof value === "object") return new TypeOnly(value.type === "array" ? "array" : "object");
  return value;
}

function encodeResumeValue(value) {
  if (value === undefined) return [];
  if (value && typeof value === "object") return { type: Array.isArray(value) ? "array" : "object" };
  return value;
}

const ORDER_BY_TOKEN_PREFIX = "orderby:";

function encodeContinuation(row) {
  const { values, rid } = position(row);
  const json = JSON.stringify({ value: values.map(encodeResumeValue), rid });
  return { token: ORDER_BY_TOKEN_PREFIX + Buffer.from(json).toString("base64"), range: { min: "", max: "FF" } };
}

// Both our continuation token and the SDK's resumeFilter are resume points;
// the token resumes after its row, the filter at or after unless `exclude`.
function resumePoints({ continuation, resumeFilter }) {
  const points = [];
  const token = continuation && continuation.token;
  if (typeof token === "string" && token.startsWith(ORDER_BY_TOKEN_PREFIX)) {
    const json = Buffer.from(token.slice(ORDER_BY_TOKEN_PREFIX.length), "base64").toString();
    points.push({ ...JSON.parse(json), exclude: true });
  }
  if (resumeFilter && Array.isArray(resumeFilter.value)) points.push(resumeFilter);
  return points.map(p => ({ values: p.value.map(decodeResumeValue), rid: p.rid, exclude: Boolean(p.exclude) }));
}

function isPastResumePoint(row, point, descending) {
  const c = comparePositions(position(row), point, descending);
  return point.exclude ? c > 0 : c >= 0;
}

function topCount(top, parameters) {
  if (!top) return Infinity;
  if (top.value.type !== "parameter_name") return top.value.value;
  const parameter = (parameters || []).find(p => p.name === top.value.name);
  return parameter ? parameter.value : Infinity;
}

function compileOrderByRewrite(ast) {
  const descending = ast.body.orderBy.expressions.map(e => String(e.order).toUpperCase() === "DESC");
  // TOP must count after the resume point, so it is applied here instead.
  const query = queryFromAst({ ...ast, body: { ...ast.body, top: null } });
  return (docs, options) => {
    const { parameters, udf, compositeIndexes, maxItemCount } = options;
    const points = resumePoints(options);
    const rows = query
      .exec(docs, { parameters, udf, compositeIndexes })
      .result.sort((a, b) => comparePositions(position(a), position(b), descending))
      .filter(row => points.every(point => isPastResumePoint(row, point, descending)))
      .slice(0, topCount(ast.body.top, parameters));
    if (!(maxItemCount > 0) || rows.length <= maxItemCount) return { result: rows, continuation: null };
    const page = rows.slice(0, maxItemCount);
    return { result: page, continuation: encodeContinuation(page[page.length - 1]) };
  };
}

// ----------------------------------------------------------------- query

function compileQuery(sql) {
  const query = cosmosQuery.default(sql);
  const projection = aggregateProjection(query.ast);
  if (projection) return compileAggregateProjection(query.ast, projection);
  if (isOrderByRewrite(query.ast)) return compileOrderByRewrite(query.ast);
  return (docs, options) => query.exec(docs, options);
}

const compiledQueries = new Map();

function compiledQuery(sql) {
  let run = compiledQueries.get(sql);
  if (!run) {
    run = compileQuery(sql);
    if (compiledQueries.size >= 500) compiledQueries.clear();
    compiledQueries.set(sql, run);
  }
  return run;
}

// The stock query handler ignores the partition key header (it demands a
// partition key filter in the WHERE clause instead), so scope documents here.
function documentsInScope(collection, headers) {
  const docs = storedItems(collection.documents).map(item => item.read());
  const partitionKey = requestPartitionKey(headers);
  if (!partitionKey) return docs;
  const paths = partitionKeyPaths(collection.read());
  return docs.filter(doc => inPartition(doc, paths, partitionKey));
}

function runQuery(collection, { query, parameters, resumeFilter }, req, page) {
  const run = compiledQuery(query);
  const indexingPolicy = collection.read().indexingPolicy || {};
  return run(documentsInScope(collection, req.headers), {
    ...page,
    parameters,
    resumeFilter,
    udf: collection.userDefinedFunctions.functions,
    compositeIndexes: indexingPolicy.compositeIndexes || []
  });
}

/**
 * Without AZURE_COSMOS_USE_QUERY_PLAN_INTEROP_LINUX the SDK asks the gateway
 * for a query plan. There is a single partition key range, so the server can
 * run any query whole: the plan tells the SDK to pass the query through as is.
 */
function passThroughQueryPlan(sql) {
  compiledQuery(sql); // answers 400 for a syntax error, like a real gateway
  return {
    partitionedQueryExecutionInfoVersion: 2,
    queryInfo: {
      distinctType: "None",
      top: null,
      offset: null,
      limit: null,
      orderBy: [],
      orderByExpressions: [],
      groupByExpressions: [],
      groupByAliases: [],
      aggregates: [],
      groupByAliasToAggregateType: {},
      rewrittenQuery: "",
      hasSelectValue: false,
      dCountInfo: null,
      hasNonStreamingOrderBy: false
    },
    queryRanges: [{ min: "", max: "FF", isMinInclusive: true, isMaxInclusive: false }]
  };
}

function queryDocuments(account, req, res, { dbId, collId }) {
  return readItems(req, res, "Documents", async page => {
    const body = await readJson(req);
    const collection = account.database(dbId).collection(collId);
    if (!collection.read()) return null;
    if (!body.query) {
      res.statusCode = 400;
      return { code: "BadRequest", message: "missing query" };
    }
    try {
      if (trueHeader(req, "x-ms-cosmos-is-query-plan-request")) return passThroughQueryPlan(body.query);
      return runQuery(collection, body, req, page);
    } catch (err) {
      if (err instanceof cosmosQuery.SyntaxError) throw err;
      res.statusCode = 400;
      return { code: "BadRequest", message: err.message };
    }
  });
}

// ------------------------------------------------------------ dispatching

const OVERRIDES = new Map([
  [stockHandler("read-document"), readDocument],
  [stockHandler("query-documents"), queryDocuments],
  ...["create-document", "upsert-document", "replace-document", "patch-document"].map(name => [
    stockHandler(name),
    recordingWriteTime(stockHandler(name))
  ])
]);

async function dispatch(account, req, res) {
  const route = findRoute(req);
  if (!route) {
    res.statusCode = 400;
    return { message: "no route" };
  }
  const [params, handler] = route;
  try {
    return await (OVERRIDES.get(handler) || handler)(account, req, res, params);
  } catch (err) {
    // A body that is not JSON is the client's fault; anything else is ours.
    res.statusCode = err instanceof SyntaxError ? 400 : 500;
    if (res.statusCode === 500) console.error(err);
    return { message: err.message };
  }
}

// Several stock handlers answer 404/409 with `{}` or `{message}` only.
function withErrorCode(statusCode, body) {
  if (statusCode < 400) return body;
  const error = body && typeof body === "object" ? body : {};
  return {
    ...error,
    code: error.code || ERROR_CODES[statusCode] || "Error",
    message: error.message || (statusCode === 404 ? NOT_FOUND_MESSAGE : `Request failed with status ${statusCode}`)
  };
}

// Mirrors the response headers of the stock request handler.
function send(req, res, body) {
  if (body && body._etag) res.setHeader("etag", body._etag);
  res.setHeader("content-type", "application/json");
  res.setHeader("content-location", `https://${req.headers.host}${req.url}`);
  res.setHeader("x-ms-activity-id", randomUUID());
  res.setHeader("x-ms-request-charge", "1");
  if (req.headers["x-ms-documentdb-populatequerymetrics"]) {
    res.setHeader("x-ms-documentdb-query-metrics", QUERY_METRICS);
  }
  // Partition key range refreshes use A-IM incremental feeds; answer "not modified".
  if (req.headers["a-im"] && res.statusCode === 200) {
    if (req.headers["if-none-match"]) res.statusCode = 304;
    res.setHeader("etag", "1");
  }
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

async function handleRequest(account, req, res) {
  purgeAllExpired(account);
  const body = await dispatch(account, req, res);
  send(req, res, withErrorCode(res.statusCode, body));
}

function logRequests(req, res) {
  const started = Date.now();
  const chunks = [];
  req.on("data", chunk => chunks.push(chunk));
  res.on("finish", () => {
    const partitionKey = req.headers[PARTITION_KEY_HEADER] || "-";
    const body = Buffer.concat(chunks).toString().slice(0, 2000);
    console.error(`${req.method} ${req.url} pk=${partitionKey} -> ${res.statusCode} ${Date.now() - started}ms ${body}`);
  });
}

// --------------------------------------------------------------- server

// The host clients should use in URLs (also advertised in the account's endpoints).
function urlHost(host) {
  if (host === "0.0.0.0" || host === "::") return "localhost";
  return host.includes(":") ? `[${host}]` : host;
}

function createServer({ host, verbose }) {
  let account;
  const server = https.createServer(
    {
      cert: fs.readFileSync(path.join(pkgDir, "cert.pem")),
      key: fs.readFileSync(path.join(pkgDir, "key.pem"))
    },
    (req, res) => {
      if (verbose) logRequests(req, res);
      handleRequest(account, req, res).catch(err => {
        console.error(err);
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
    }
  );
  // Outlive the client's idle pool timeout so a reused connection is never closed under it.
  server.keepAliveTimeout = 10 * 60 * 1000;
  server.headersTimeout = server.keepAliveTimeout + 1000;
  server.on("listening", () => {
    account = new Account(urlHost(host), server.address().port);
  });
  return server;
}

function exitWith(code) {
  return () => process.exit(code);
}

function watchLifetime({ watchStdin }) {
  process.on("SIGTERM", exitWith(0));
  process.on("SIGINT", exitWith(0));
  // The parent holds our stdin; when it exits or crashes the pipe closes.
  if (watchStdin) {
    process.stdin.on("end", exitWith(0));
    process.stdin.on("close", exitWith(0));
    process.stdin.on("error", exitWith(0));
    process.stdin.resume();
  }
}

function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(err.message);
    process.exit(2);
  }
  watchLifetime(args);
  const server = createServer(args);
  server.on("error", err => {
    console.error(`cosmos server failed: ${err.message}`);
    process.exit(1);
  });
  server.listen(args.port, args.host, () => {
    process.stdout.write(`LISTENING https://${urlHost(args.host)}:${server.address().port}/\n`);
  });
}

main();
