// Starts the WebAssembly engine. Over http(s) the engine fetches engine.wasm itself; a page opened
// from disk may not fetch, so it loads the same bytes as a classic script (engine-wasm.js) first.

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
}

function base64ToBytes(base64) {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

async function start(factoryName, wasmScript, wasmGlobal) {
  const create = globalThis[factoryName];
  if (typeof create !== 'function') throw new Error(`${factoryName} did not load`);
  if (location.protocol === 'file:') {
    await loadScript(wasmScript);
    return create({ wasmBinary: base64ToBytes(globalThis[wasmGlobal]) });
  }
  return create({ locateFile: (file) => file });
}

/** Resolves to the engine (see docs/engine-api.md); rejects if it cannot start. */
export function loadEngine() {
  return start('createCrossroadsEngine', 'engine-wasm.js', 'crossroadsEngineWasm');
}

let tools = null;
/** Resolves to the engine's file and team tools, fetched on first use only. */
export function loadTools() {
  tools ??= loadScript('engine-tools.js').then(() =>
    start('createCrossroadsTools', 'engine-tools-wasm.js', 'crossroadsToolsWasm'));
  tools.catch(() => { tools = null; });  // a later click may try again
  return tools;
}

let team = null;
/** Resolves to the team view (team.js, built from web/src/team/), fetched on first use only. */
export function loadTeam() {
  team ??= loadScript('team.js').then(() => globalThis.crossroadsTeam);
  team.catch(() => { team = null; });
  return team;
}
