/**
 * GET /api/openapi.json: the API described as OpenAPI 3.1, its bodies generated from the valibot
 * schemas that check the requests (schemas.ts). tests/server/openapi.test.ts holds every route the
 * server really registers against this list.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import type { GenericSchema } from 'valibot';
import * as survey from '../survey/schemas';
import * as s from './schemas';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete' | 'head';

interface Operation {
  summary: string;
  moderator?: boolean;
  body?: GenericSchema;
  /** Status → schema of the JSON answer, or a media type for files and streams. */
  answers: Record<number, GenericSchema | string | null>;
  query?: Record<string, string>;
}

const json = (schema: GenericSchema) => toJsonSchema(schema, { errorMode: 'ignore' });
const list = (schema: GenericSchema) => ({ type: 'array', items: json(schema) });

const ROUTES: Record<string, Partial<Record<Method, Operation>>> = {
  '/api/status': {
    get: { summary: 'Which server this is', answers: { 200: s.ServerStatusSchema } },
  },
  '/api/health': {
    get: {
      summary: 'Whether the database answers',
      answers: { 200: s.ServerHealthSchema, 503: s.ErrorBodySchema },
    },
  },
  '/api/openapi.json': {
    get: { summary: 'This document', answers: { 200: 'application/json' } },
  },
  '/api/voorstellen': {
    get: { summary: 'Approved proposals (ETag / 304)', answers: { 200: s.PublicProposalSchema } },
    post: {
      summary: 'Send a proposal; the same id again is a retry or an edit',
      body: s.ProposalBodySchema,
      answers: {
        201: s.SubmitReceiptSchema,
        200: s.SubmitReceiptSchema,
        422: s.ErrorBodySchema,
        429: s.ErrorBodySchema,
      },
    },
  },
  '/api/voorstellen/status': {
    post: {
      summary: "What became of the device's own proposals",
      body: s.StatusRequestSchema,
      answers: { 200: s.StatusReportSchema, 422: s.ErrorBodySchema },
    },
  },
  '/api/voorstellen/intrekken': {
    post: {
      summary: 'Take a proposal back: it and its content are deleted (the device sends its own id)',
      body: s.WithdrawRequestSchema,
      answers: { 200: s.WithdrawReceiptSchema, 422: s.ErrorBodySchema, 429: s.ErrorBodySchema },
    },
  },
  '/api/privacy': {
    get: {
      summary: 'Retention periods and whom to contact about personal data',
      answers: { 200: s.PrivacyInfoSchema },
    },
  },
  '/api/voorstellen.geojson': {
    get: { summary: 'Approved proposals as GeoJSON', answers: { 200: 'application/geo+json' } },
  },
  '/api/voorstellen.csv': {
    get: { summary: 'Approved proposals as CSV', answers: { 200: 'text/csv' } },
  },
  '/api/initiatieven': {
    get: {
      summary: 'The published initiatives (GeoJSON)',
      answers: { 200: 'application/geo+json' },
    },
  },
  '/api/live': {
    get: {
      summary: 'Server-sent events: approved | removed',
      query: { vergadering: 'only this meeting’s approvals' },
      answers: { 200: 'text/event-stream', 429: s.ErrorBodySchema, 503: s.ErrorBodySchema },
    },
  },
  '/api/beheer/sessie': {
    get: { summary: 'Whether the token is right', moderator: true, answers: { 204: null } },
  },
  '/api/beheer/voorstellen': {
    get: {
      summary: 'Proposals by status, with contact details',
      moderator: true,
      query: { status: 'ingediend | goedgekeurd | afgewezen' },
      answers: { 200: s.ModeratedProposalSchema },
    },
  },
  '/api/beheer/voorstellen/{number}': {
    delete: {
      summary: 'Erase a proposal completely (the audit log keeps only that it happened)',
      moderator: true,
      answers: { 204: null, 404: s.ErrorBodySchema },
    },
    patch: {
      summary: 'Edit a proposal',
      moderator: true,
      body: s.ProposalEditSchema,
      answers: { 200: s.ModeratedProposalSchema, 404: s.ErrorBodySchema, 422: s.ErrorBodySchema },
    },
  },
  '/api/beheer/voorstellen/{number}/goedkeuren': {
    post: {
      summary: 'Approve',
      moderator: true,
      answers: { 200: s.ModeratedProposalSchema, 404: s.ErrorBodySchema },
    },
  },
  '/api/beheer/voorstellen/{number}/afwijzen': {
    post: {
      summary: 'Reject with a reason',
      moderator: true,
      body: s.RejectBodySchema,
      answers: { 200: s.ModeratedProposalSchema, 404: s.ErrorBodySchema, 422: s.ErrorBodySchema },
    },
  },
  '/api/beheer/export.csv': {
    get: { summary: 'Every proposal as CSV', moderator: true, answers: { 200: 'text/csv' } },
  },
  '/api/beheer/export.geojson': {
    get: {
      summary: 'Every proposal as GeoJSON',
      moderator: true,
      answers: { 200: 'application/geo+json' },
    },
  },
  '/api/beheer/logboek': {
    get: {
      summary: 'The audit log, newest first',
      moderator: true,
      answers: { 200: s.AuditEntrySchema },
    },
  },
  '/api/beheer/logboek.csv': {
    get: { summary: 'The audit log as CSV', moderator: true, answers: { 200: 'text/csv' } },
  },
  '/api/beheer/vergaderingen': {
    get: { summary: 'Meetings', moderator: true, answers: { 200: s.MeetingSchema } },
    post: {
      summary: 'Create a meeting',
      moderator: true,
      body: s.MeetingBodySchema,
      answers: { 201: s.MeetingSchema, 422: s.ErrorBodySchema },
    },
  },
  '/api/beheer/vergaderingen/{code}/verslag.csv': {
    get: { summary: "A meeting's report", moderator: true, answers: { 200: 'text/csv' } },
  },
  '/api/enquete': {
    get: {
      summary: "Surveys with answers and their results (a municipality's with ?gemeente=GM…)",
      query: { gemeente: 'CBS municipality code' },
      answers: { 200: survey.SurveyResultsSchema },
    },
  },
  '/api/enquete/per-gemeente': {
    get: {
      summary:
        'Per municipality the share "ja" of all survey answers, a percentage only where N ≥ 5',
      answers: { 200: survey.RecognitionOverviewSchema, 429: s.ErrorBodySchema },
    },
  },
  '/api/enquete/{code}': {
    get: {
      summary: "What a meeting's survey asks",
      answers: { 200: survey.SurveySchema, 404: s.ErrorBodySchema },
    },
  },
  '/api/enquete/{code}/antwoord': {
    post: {
      summary: "A device's anonymous answers; the same device again replaces them",
      body: survey.SurveyResponseBodySchema,
      answers: {
        201: survey.SurveyReceiptSchema,
        200: survey.SurveyReceiptSchema,
        404: s.ErrorBodySchema,
        409: s.ErrorBodySchema,
        422: s.ErrorBodySchema,
        429: s.ErrorBodySchema,
      },
    },
  },
  '/api/enquete/{code}/resultaten': {
    get: {
      summary: 'Per item the counts and N; a percentage only where N ≥ 5; approved open answers',
      answers: { 200: survey.SurveyResultsSchema, 404: s.ErrorBodySchema },
    },
  },
  '/api/beheer/vergaderingen/{code}/enquete': {
    put: {
      summary: "Set up a meeting's survey: municipality, levels, open question",
      moderator: true,
      body: survey.SurveySetupBodySchema,
      answers: { 200: survey.SurveySchema, 404: s.ErrorBodySchema, 422: s.ErrorBodySchema },
    },
  },
  '/api/beheer/vergaderingen/{code}/enquete/sluiten': {
    post: {
      summary: 'Close the survey: no more answers',
      moderator: true,
      answers: { 200: survey.SurveySchema, 404: s.ErrorBodySchema },
    },
  },
  '/api/beheer/vergaderingen/{code}/enquete/antwoorden': {
    get: {
      summary: 'The responses with their open answers (no device ids)',
      moderator: true,
      answers: { 200: survey.SurveyResponseRecordSchema, 404: s.ErrorBodySchema },
    },
  },
  '/api/beheer/vergaderingen/{code}/enquete/antwoorden/{number}/open': {
    post: {
      summary: 'Approve or reject an open answer',
      moderator: true,
      body: survey.OpenAnswerDecisionSchema,
      answers: {
        200: survey.SurveyResponseRecordSchema,
        404: s.ErrorBodySchema,
        422: s.ErrorBodySchema,
      },
    },
  },
  '/api/beheer/vergaderingen/{code}/enquete.csv': {
    get: {
      summary: 'The survey for researchers: one row per answer, no personal data',
      moderator: true,
      answers: { 200: 'text/csv', 404: s.ErrorBodySchema },
    },
  },
};

/** Answers that are lists of the schema rather than one object. */
const LISTS = new Set([
  'get /api/voorstellen',
  'post /api/voorstellen/status',
  'get /api/beheer/voorstellen',
  'get /api/beheer/logboek',
  'get /api/beheer/vergaderingen',
  'get /api/beheer/vergaderingen/{code}/enquete/antwoorden',
  'get /api/enquete',
]);

function operation(method: Method, path: string, op: Operation) {
  const responses: Record<string, unknown> = {};
  for (const [status, answer] of Object.entries(op.answers)) {
    const content =
      answer === null
        ? undefined
        : typeof answer === 'string'
          ? { [answer]: {} }
          : {
              'application/json': {
                schema:
                  Number(status) < 300 && LISTS.has(`${method} ${path}`)
                    ? list(answer)
                    : json(answer),
              },
            };
    responses[status] = { description: `HTTP ${status}`, ...(content ? { content } : {}) };
  }
  const parameters = [
    ...[...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string' },
    })),
    ...Object.entries(op.query ?? {}).map(([name, description]) => ({
      name,
      in: 'query',
      description,
      schema: { type: 'string' },
    })),
  ];
  return {
    summary: op.summary,
    ...(parameters.length ? { parameters } : {}),
    ...(op.moderator ? { security: [{ moderatorToken: [] }] } : {}),
    ...(op.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: json(op.body) } },
          },
        }
      : {}),
    responses,
  };
}

export function openApiDocument(version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [path, methods] of Object.entries(ROUTES)) {
    paths[path] = {};
    for (const [method, op] of Object.entries(methods) as [Method, Operation][])
      paths[path][method] = operation(method, path, op);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Samen Buurten kaart',
      version,
      description:
        'Proposals for the map of inclusive community building in Flevoland, their moderation and the live meeting wall. Errors are JSON: { error, message }.',
    },
    components: {
      securitySchemes: {
        moderatorToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'ADMIN_TOKEN or a named moderator’s token (npm run moderator -- add NAME)',
        },
      },
    },
    paths,
  };
}
