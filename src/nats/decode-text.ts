const decoder = new TextDecoder();
const SHORT = 64;

// TextDecoder has a high fixed cost per call, which dominates for the short
// payloads a flood is made of ("4", "hello", a time). Short pure-ASCII payloads
// are turned into a string directly; everything else goes to TextDecoder.
export function decodeText(bytes: Uint8Array): string {
  const n = bytes.length;
  if (n <= SHORT) {
    let ascii = true;
    for (let i = 0; i < n; i++) {
      if (bytes[i]! > 0x7f) {
        ascii = false;
        break;
      }
    }
    if (ascii) return String.fromCharCode.apply(null, bytes as unknown as number[]);
  }
  return decoder.decode(bytes);
}
