// Characters that look alike. The data is Unicode's own list of confusable characters
// (confusables.txt, the "recommended confusable mapping for IDN" of Unicode Technical Standard
// #39), as the `unhomoglyph` package ships it: a map from each confusable character to its
// prototype, e.g. Cyrillic 'а' → 'a', '0' → 'O', '1' → 'l', 'm' → 'rn'.
import prototypes from 'unhomoglyph/data.json' with { type: 'json' };

const prototypeOf: ReadonlyMap<string, string> = new Map(Object.entries(prototypes as Record<string, string>));

/**
 * The UTS #39 skeleton: NFD, each character replaced by its prototype, NFD again. Two strings
 * with the same skeleton look alike. The result is for comparing only, never for showing
 * ('m' becomes 'rn').
 */
export function skeleton(text: string): string {
  let mapped = '';
  for (const char of text.normalize('NFD')) mapped += prototypeOf.get(char) ?? char;
  return mapped.normalize('NFD');
}

/**
 * What the skeleton leaves apart but a handle shown in lower case does not: small capitals, which
 * confusables.txt gives as the prototypes of lower-case Cyrillic and Greek letters (к → ĸ, т → ᴛ,
 * н → ʜ, в → ʙ, м → ʍ). In a lower-case handle they read as the letter itself.
 *
 * 'i' and 'l' are deliberately not folded together: in a lower-case handle they are easy to tell
 * apart, and folding them made ordinary names into lookalikes of others (Saila of Salla, Palmio of
 * Paimio; docs/lookalike-detection.md). Characters that may be read as either, '1' and '|', the
 * skeleton makes 'l'; the detector also reads them as 'i' (see `readsAsEither`).
 */
export const handleFolds: Readonly<Record<string, string>> = {
  ĸ: 'k', ᴋ: 'k', ᴛ: 't', ʜ: 'h', ʙ: 'b', ʍ: 'rn', ᴍ: 'rn', ɢ: 'g', ᴀ: 'a', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f',
  ɪ: 'i', ᴊ: 'j', ʟ: 'l', ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ʀ: 'r', ꜱ: 's', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
};

/**
 * A character as it looks in a lower-case handle: lower case first (platforms show handles so, and
 * a display name in capitals is the same name), then the skeleton, then the folds above. Accents
 * stay (NFD marks): whether 'ä' was written as 'a' is a trick of its own, told apart by the caller.
 * '0' comes out as 'o' ('0' → 'O' → 'o'), '1' and '|' as 'l', 'm' as 'rn'.
 */
export function handleFold(text: string): string {
  let out = folds.get(text);
  if (out !== undefined) return out;
  const folded = skeleton(skeleton(text.toLowerCase()).toLowerCase());
  out = '';
  for (const char of folded) out += handleFolds[char] ?? char;
  // Names are folded a character at a time, and a name has few different ones: remember them,
  // within a bound that no input can push the memory past.
  if (folds.size >= maxRemembered) folds.clear();
  folds.set(text, out);
  return out;
}

const folds = new Map<string, string>();
const maxRemembered = 10_000;

/** Whether a character the skeleton reads as 'l' may as well be read as 'i' ('1', '|'; not 'l' itself). */
export function readsAsEither(char: string): boolean {
  return char !== 'l' && char !== 'L' && handleFold(char) === 'l';
}
