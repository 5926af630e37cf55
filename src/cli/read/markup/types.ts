import type { Comment } from '../../types.ts';
import type { Mapped } from '../mapped.ts';

/** Stage 2 of reading: a template string's text to score, mapped back into the template string. */
export interface MarkupResult extends Mapped {
  comments: Comment[];
}
