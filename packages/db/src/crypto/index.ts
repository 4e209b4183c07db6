export { KEY_FILE, loadDataKey } from './data-key.js';
export {
  decryptNationalId,
  deriveIdKeys,
  encryptNationalId,
  idEncrypter,
  lookupHashOf,
  nationalIdLookupHash,
  type EncryptedId,
  type IdEncrypter,
  type IdKeys,
} from './national-id.js';
export { decryptSecret, encryptSecret, signatureMatches, signatureOf } from './secret.js';
