import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..');
export const VERSION: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
export const VSIX = join(ROOT, `mlsd-${VERSION}.vsix`);
export const ARTIFACTS = join(ROOT, 'e2e', 'artifacts');
