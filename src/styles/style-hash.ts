/** The content security policy source that allows one inline style element holding `css`. */
import { createHash } from 'node:crypto';

export const styleHash = (css: string): `sha256-${string}` =>
  `sha256-${createHash('sha256').update(css).digest('base64')}`;
