export { formatThaiId, isThaiId, maskThaiId, parseThaiId, thaiIdCheckDigit } from './thai-id.js';
export { formatGCode, makeGCode, parseGCode, type GCodeParts } from './g-code.js';
export { importHashKey, keyedHash, nationalIdHash, type HashKey } from './keyed-hash.js';
