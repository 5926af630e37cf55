import { ruleTable } from './cases.ts';

const script = 'Thank you for contacting us. We are looking into it. Please do not hesitate to contact us.';

ruleTable('no-boilerplate-only', {
  valid: [
    { reply: 'Thank you for contacting us. Your parcel 7781 left our depot this morning and arrives Thursday. Please do not hesitate to contact us.' },
    { reply: 'Your parcel left our depot this morning.' },
  ],
  invalid: [{ reply: script, findings: [{ text: script, message: /nothing specific between them/ }] }],
});
