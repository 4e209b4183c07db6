export { KEY_FILE, loadDataKey } from './data-key.js';
export {
  decryptNationalId,
  deriveIdKeys,
  encryptNationalId,
  lookupHashOf,
  nationalIdLookupHash,
  type EncryptedId,
  type IdKeys,
} from './national-id.js';
