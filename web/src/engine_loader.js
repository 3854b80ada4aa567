// Loads the WebAssembly engine (one module: engine.js + engine.wasm) on first need, and the team
// view. Over http the page fetches engine.wasm itself; a page opened from disk may not fetch, so it
// loads the same bytes as a classic script (engine-wasm.js). A failed load is forgotten, so the
// next call tries again. The print stylesheet comes along: only screens that need the engine
// (a result, the team view) are worth printing, and the first visit does not fetch it.
import { loadScript } from './script_loader.js';

function base64ToBytes(base64) {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

async function wasmBytes() {
  if (location.protocol === 'file:') {
    if (!globalThis.crossroadsEngineWasm) await loadScript('engine-wasm.js');
    return base64ToBytes(globalThis.crossroadsEngineWasm);
  }
  const response = await fetch('engine.wasm');
  if (!response.ok) throw new Error(`engine.wasm: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

function loadPrintStyles() {
  if (document.querySelector('link[href="print.css"]')) return;
  document.head.append(Object.assign(document.createElement('link'),
    { rel: 'stylesheet', href: 'print.css', media: 'print' }));
}

let engine = null;
/** Resolves to the engine (see docs/engine-api.md); rejects if it cannot start (try again later). */
export function loadEngine() {
  engine ??= (async () => {
    loadPrintStyles();
    const [bytes] = await Promise.all([wasmBytes(),
      typeof globalThis.createCrossroadsEngine === 'function' || loadScript('engine.js')]);
    return globalThis.createCrossroadsEngine({ wasmBinary: bytes });
  })();
  engine.catch(() => { engine = null; });
  return engine;
}

let team = null;
/** Resolves to the team view (team.js, built from web/src/team/), fetched on first use only. */
export function loadTeam() {
  team ??= loadScript('team.js').then(() => globalThis.crossroadsTeam);
  team.catch(() => { team = null; });
  return team;
}
