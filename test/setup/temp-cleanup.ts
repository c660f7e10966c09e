/** In every test file (vitest setupFiles): the scratch folders it made are removed when it ends (test/helpers/temp.ts). */
import { afterAll } from 'vitest';
import { removeTempDirs } from '../helpers/temp.js';

afterAll(removeTempDirs);
