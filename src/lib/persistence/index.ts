export { openStorage, memoryStorage, writeFailureOf, type StorageLike, type WriteFailure } from './storage';
export { migrate, type Kind } from './kind';
export {
  NAMESPACE,
  createPersistence,
  dataKey,
  type ExportDocument,
  type ImportPlan,
  type ImportPreview,
  type Kept,
  type KeptReason,
  type Loaded,
  type LoadStatus,
  type Persistence,
  type PersistenceOptions,
  type SaveResult,
  type Slot,
  type StorageChange,
} from './persistence';
export { arrayOf, isBoolean, isNumber, isString, recordOf, shape, validator, type Check, type Validator } from './validate';
export { openBrowserPersistence } from './window';
