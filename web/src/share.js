// Share links: the program and mode compressed into the URL fragment
// (#code=<deflate-raw, base64url>&mode=virtual), with the browser's own
// CompressionStream: nothing is sent anywhere.
async function pipe(bytes, stream) {
  const out = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

function toBase64Url(bytes) {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

export async function encodeProgram(code) {
  const packed = await pipe(new TextEncoder().encode(code), new CompressionStream('deflate-raw'));
  return toBase64Url(packed);
}

export async function decodeProgram(text) {
  const bytes = await pipe(fromBase64Url(text), new DecompressionStream('deflate-raw'));
  return new TextDecoder().decode(bytes);
}

// The fragment's fields: { code, mode } (each may be missing).
export async function readFragment(hash = location.hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const out = {};
  if (params.get('code')) {
    try {
      out.code = await decodeProgram(params.get('code'));
    } catch {
      out.error = 'the link is damaged: its program could not be decoded';
    }
  }
  if (params.get('mode')) out.mode = params.get('mode');
  return out;
}

export async function shareUrl(code, mode) {
  const params = new URLSearchParams({ code: await encodeProgram(code), mode });
  return `${location.origin}${location.pathname}#${params}`;
}
