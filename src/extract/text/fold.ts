/** Extraction matches on the shared length-preserving fold of src/vi. */
export { fold, squeeze } from '../../vi/fold.js';
