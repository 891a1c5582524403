// A short story of the program through the gateway, using nothing but the generated SDK: a coordinator opens a
// term and a project, an applicant applies and hands in the prerequisite, the mentor approves it, the
// coordinator accepts and onboards her, the mentor passes her evaluations, finance sees the installment, and
// anyone verifies her Letter of Completion. Run by system-tests' TypeScriptSdkStoryIT, which passes the gateway
// URL, the program time and tokens in the environment, and moves the program clock when asked ("[clock] advance
// P60D" on stdout, the new time back on stdin): the clock is not part of the public API.
import { createInterface } from 'node:readline';

import * as sdk from '../src/index.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set`);
  }
  return value;
};

const run = env('STORY_RUN');
const tokens = {
  coordinator: env('TOKEN_COORDINATOR'),
  finance: env('TOKEN_FINANCE'),
  mentor: env('TOKEN_MENTOR'),
  mentee: env('TOKEN_MENTEE'),
};
type Role = keyof typeof tokens;
const mentorId = env('MENTOR_ID');
let now = new Date(env('STORY_NOW'));

sdk.client.setConfig({ baseUrl: env('GATEWAY_URL') });

/** The options every call shares: who calls, and a thrown error (with the problem document) on any non-2xx. */
const as = (role: Role) => ({ auth: tokens[role], throwOnError: true as const });

const log = (step: string, ...details: unknown[]): void => {
  console.log(`[story] ${step}`, ...details);
};

const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();

/** Asks the test to move every service's program clock on, and learns the new program time. */
async function advance(by: string): Promise<void> {
  console.log(`[clock] advance ${by}`);
  const answer = await lines.next();
  if (answer.done) {
    throw new Error('nobody moved the clock');
  }
  now = new Date(answer.value.trim());
}

/** Polls until the check passes: events reach the other services a moment later. */
async function eventually<T>(what: string, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const result = await check();
      if (result !== undefined) {
        return result;
      }
    } catch (e) {
      if (Date.now() > deadline) {
        throw e;
      }
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const days = (n: number): number => n * 24 * 3600 * 1000;
const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

/**
 * Reads a field of a response body, checked at run time. The merged document does not yet give most responses
 * a schema (issue 13, item 1), so the SDK types their bodies `unknown`; once it does, these reads become plain
 * property accesses.
 */
function field(data: unknown, ...path: Array<string | number>): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') {
      throw new Error(`no ${path.join('.')} in ${JSON.stringify(data)}`);
    }
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

function text(data: unknown, ...path: Array<string | number>): string {
  const value = field(data, ...path);
  if (typeof value !== 'string') {
    throw new Error(`${path.join('.')} is not a string in ${JSON.stringify(data)}`);
  }
  return value;
}

function list(data: unknown, ...path: Array<string | number>): unknown[] {
  const value = field(data, ...path);
  if (!Array.isArray(value)) {
    throw new Error(`${path.join('.')} is not a list in ${JSON.stringify(data)}`);
  }
  return value;
}

/** The evaluation outcome, typed by the document (EvaluationOutcome: PASS, FAIL, EXTEND). */
const PASS: sdk.SubmitEvaluation['outcome'] = 'PASS';

async function main(): Promise<void> {
  // A coordinator opens a term and publishes a project; finance sets its stipend plan.
  const programStart = new Date(now.getTime() + days(30));
  const term = await sdk.createTerm({
    ...as('coordinator'),
    body: {
      name: `SDK term ${run}`,
      applicationsOpenAt: new Date(now.getTime() - 3600_000).toISOString(),
      applicationsCloseAt: new Date(now.getTime() + days(2)).toISOString(),
      reviewDays: 21,
      programStart: isoDate(programStart),
      programEnd: isoDate(new Date(programStart.getTime() + days(41))),
    },
  });
  const termId = text(term.data, 'id');
  const project = await sdk.createProject({
    ...as('coordinator'),
    body: {
      termId,
      organization: 'CNSF',
      title: `SDK project ${run}`,
      description: 'The SDK story project',
      skills: ['typescript'],
      mentorIds: [mentorId],
      mentorEmails: { [mentorId]: `${mentorId}@example.org` },
      slots: 1,
      evaluationCount: 3,
      prerequisites: [{ title: 'First patch', instructions: 'Open a pull request', evidenceKind: 'LINK' }],
      published: true,
    },
  });
  const projectId = text(project.data, 'id');
  const taskId = text(project.data, 'prerequisites', 0, 'id');
  await sdk.createStipendPlan({
    ...as('finance'),
    body: { projectId, amountMinor: 300000, currency: 'EUR' },
  });
  // A Letter of Completion needs the feedback survey answered: the coordinator publishes one.
  await sdk.publishSurvey({
    ...as('coordinator'),
    body: {
      title: `SDK feedback ${run}`,
      questions: [{ key: 'mentor-support', text: 'How well did your mentor support you?', kind: 'RATING', required: true }],
    },
  });
  log('term, project and stipend plan', termId, projectId);

  // She applies and hands in the prerequisite; the mentor approves it; the coordinator accepts her early.
  await sdk.saveMyProfile({
    ...as('mentee'),
    body: {
      name: 'Sam Doe',
      email: `sdk-mentee-${run}@example.org`,
      preferredContact: 'EMAIL',
      timeZone: 'Europe/Berlin',
      country: 'DE',
    },
  });
  const application = await sdk.submitApplication({
    ...as('mentee'),
    body: { projectId, motivation: 'I use it every day' },
  });
  const applicationId = text(application.data, 'id');
  log('applied', applicationId, text(application.data, 'status'));
  await sdk.submitPrerequisiteEvidence({
    ...as('mentee'),
    path: { id: applicationId, taskId },
    body: { evidence: `https://github.com/cnsf/sdk/pull/${run}` },
  });
  await sdk.approvePrerequisite({
    ...as('mentor'),
    path: { id: applicationId, taskId },
  });
  log('prerequisite approved');
  // Before the review minimum an acceptance needs a reason (the override is recorded).
  await sdk.decideApplication({
    ...as('coordinator'),
    path: { id: applicationId },
    body: { outcome: 'ACCEPT', overrideReason: 'Strong first patch' },
  });
  log('accepted');

  // Onboarding: she signs the contract, the coordinator checks off every HR step.
  const onboarding = await sdk.getOnboarding({ ...as('mentee'), path: { id: applicationId } });
  await sdk.signContract({
    ...as('mentee'),
    path: { id: applicationId },
    body: { legalName: 'Sam Doe', contractVersion: text(onboarding.data, 'contract', 'version') },
  });
  let onboarded: unknown = onboarding.data;
  for (const hrStep of list(onboarding.data, 'hrSteps')) {
    const step = text(hrStep, 'step');
    onboarded = (await sdk.completeHrStep({
      ...as('coordinator'),
      path: { id: applicationId, step },
    })).data;
  }
  const mentorshipId = text(onboarded, 'mentorshipId');
  log('onboarded', text(onboarded, 'status'), 'mentorship', mentorshipId);
  await sdk.putMyPayee({
    ...as('mentee'),
    body: { payoutMethod: 'BANK_TRANSFER', accountHolder: 'SAM DOE', account: 'DE89370400440532013000', country: 'DE' },
  });
  await eventually('the mentorship to start', async () => {
    const m = await sdk.getMentorship({ ...as('mentor'), path: { id: mentorshipId } });
    return text(m.data, 'status') === 'ACTIVE' ? m.data : undefined;
  });
  log('mentorship active');

  // Two months on, the mentor passes evaluations 1 and 2: the first installment is scheduled.
  await advance('P60D');
  for (const number of [1, 2]) {
    await evaluate(mentorshipId, number);
  }
  const payments = await eventually('the first installment', async () => {
    const p = await sdk.listPayments({ ...as('finance'), query: { mentorshipId } });
    return list(p.data).length > 0 ? list(p.data) : undefined;
  });
  log('payment visible', text(payments[0], 'status'), field(payments[0], 'amountMinor'), text(payments[0], 'currency'));

  // The plan done and the final evaluation passed, the mentorship is complete.
  const tasks = await sdk.listTasks({ ...as('mentee'), path: { id: mentorshipId }, query: { size: 100 } });
  for (const task of list(tasks.data, 'items')) {
    const path = { id: mentorshipId, taskId: text(task, 'id') };
    await sdk.moveTask({ ...as('mentee'), path, body: { status: 'IN_PROGRESS' } });
    await sdk.moveTask({
      ...as('mentee'),
      path,
      body: { status: 'IN_REVIEW', evidenceLinks: [`https://github.com/cnsf/sdk/pull/${run}-task`] },
    });
    await sdk.moveTask({ ...as('mentor'), path, body: { status: 'DONE' } });
  }
  // The final evaluation opens a week before the program ends.
  await advance('P7D');
  await evaluate(mentorshipId, 3);
  const completed = await sdk.getMentorship({ ...as('mentor'), path: { id: mentorshipId } });
  log('mentorship', text(completed.data, 'status'));

  // The survey, when the program runs one, then the Letter of Completion, verified by anyone.
  await answerSurveyIfAny(mentorshipId);
  const certificate = await eventually('the certificate', async () => {
    const c = await sdk.listCertificates({ ...as('mentee') });
    return list(c.data, 'items')[0];
  });
  const verified = await sdk.verifyCertificate({
    throwOnError: true,
    path: { code: text(certificate, 'verificationCode') },
  });
  if (field(verified.data, 'valid') !== true || field(verified.data, 'signatureValid') !== true) {
    throw new Error(`the certificate does not verify: ${JSON.stringify(verified.data)}`);
  }
  log('certificate verified', JSON.stringify(verified.data));
}

async function evaluate(mentorshipId: string, number: number): Promise<void> {
  const evaluation = await sdk.submitEvaluation({
    ...as('mentor'),
    path: { id: mentorshipId, number },
    body: {
      tasksAndMilestones: 4,
      engagement: 4,
      progressAgainstPlan: 4,
      commentsForMentee: `Evaluation ${number}: well done`,
      outcome: PASS,
    },
  });
  log(`evaluation ${number}`, text(evaluation.data, 'outcome'));
}

/** The current survey opens once the mentorship is complete: every required question gets an answer. */
async function answerSurveyIfAny(mentorshipId: string): Promise<void> {
  // No throwOnError: 404 (no survey published) is an answer here, not a failure.
  const current = await sdk.getCurrentSurvey({ auth: tokens.mentee });
  if (current.response?.status === 404) {
    log('no survey to answer');
    return;
  }
  if (current.error !== undefined) {
    throw current.error;
  }
  const answers: Record<string, unknown> = {};
  for (const question of list(current.data, 'questions')) {
    if (field(question, 'required') === true) {
      answers[text(question, 'key')] = text(question, 'kind') === 'RATING' ? 9 : 'Thank you';
    }
  }
  await eventually('the survey to open', async () => {
    await sdk.answerSurvey({
      ...as('mentee'),
      body: { mentorshipId, version: Number(field(current.data, 'version')), answers: answers as sdk.SurveyAnswers },
    });
    return true;
  });
  log('survey answered');
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error('[story] FAILED', e);
    process.exit(1);
  },
);
