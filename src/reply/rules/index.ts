/** Every reply rule, sorted by id. Adding a rule: a file here, a test in test/rules/, a page in docs/rules/. */
import acknowledgeFeelings from './acknowledge-feelings.ts';
import emptyReply from './empty-reply.ts';
import inviteFollowup from './invite-followup.ts';
import nextSteps from './next-steps.ts';
import noBlame from './no-blame.ts';
import noBoilerplateOnly from './no-boilerplate-only.ts';
import noCannedPhrases from './no-canned-phrases.ts';
import noFormFields from './no-form-fields.ts';
import noHiddenActor from './no-hidden-actor.ts';
import noJargon from './no-jargon.ts';
import noNegativeFraming from './no-negative-framing.ts';
import noTemplateCopy from './no-template-copy.ts';
import numberedSteps from './numbered-steps.ts';
import placeholderSyntax from './placeholder-syntax.ts';
import readingLevel from './reading-level.ts';
import referenceSpecifics from './reference-specifics.ts';
import sentenceLength from './sentence-length.ts';
import teamPhrases from './team-phrases.ts';
import timeline from './timeline.ts';
import useName from './use-name.ts';
import type { Rule } from '../rule.ts';

export const RULES: readonly Rule[] = [
  acknowledgeFeelings,
  emptyReply,
  inviteFollowup,
  nextSteps,
  noBlame,
  noBoilerplateOnly,
  noCannedPhrases,
  noFormFields,
  noHiddenActor,
  noJargon,
  noNegativeFraming,
  noTemplateCopy,
  numberedSteps,
  placeholderSyntax,
  readingLevel,
  referenceSpecifics,
  sentenceLength,
  teamPhrases,
  timeline,
  useName,
];

export { emptyReply };
