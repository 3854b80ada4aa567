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

/** Resolves to the engine (see docs/engine-api.md); rejects if it cannot start. */
export async function loadEngine() {
  const create = globalThis.createCrossroadsEngine;
  if (typeof create !== 'function') throw new Error('engine.js did not load');
  if (location.protocol === 'file:') {
    await loadScript('engine-wasm.js');
    return create({ wasmBinary: base64ToBytes(globalThis.crossroadsEngineWasm) });
  }
  return create({ locateFile: (file) => file });
}
