import { z } from 'zod';
import { activitiesTableSpec, donorsTableSpec, eventsTableSpec, programsTableSpec } from '@/lib/table-specs';
import { dashboardParameters, pagedDashboardParameters, tableParameters, type ParameterSpec } from './parameters';
import * as resources from './resources';

// Every endpoint of the read API, described once: the OpenAPI document and the reference page
// are generated from this list, and lib/api/handlers.ts answers each one.

export interface Endpoint {
  operationId: string;
  /** Under /api/v1, with {name} for a path parameter. */
  path: string;
  tag: 'records' | 'figures' | 'iati';
  summary: string;
  parameters: ParameterSpec[];
  pathParameters?: ParameterSpec[];
  /** The JSON answer; absent for the XML file. */
  response?: z.ZodType;
  /** Media type of a non-JSON answer. */
  mediaType?: string;
}

const idParameter: ParameterSpec = { name: 'id', schema: z.string().regex(/^[1-9]\d{0,14}$/), description: 'The record id.' };

export const apiEndpoints = [
  {
    operationId: 'listActivities',
    path: '/activities',
    tag: 'records',
    summary: 'Activities, with the filters, search and sort of the activities table.',
    parameters: tableParameters(activitiesTableSpec),
    response: resources.listOf(resources.activityItem),
  },
  {
    operationId: 'getActivity',
    path: '/activities/{id}',
    tag: 'records',
    summary: 'One activity with its funding, events and indicators.',
    parameters: [],
    pathParameters: [idParameter],
    response: resources.oneOf(resources.activityDetail),
  },
  {
    operationId: 'listPrograms',
    path: '/programs',
    tag: 'records',
    summary: "Programs, with figures over the caller's activities, filtered as the programs table.",
    parameters: tableParameters(programsTableSpec),
    response: resources.listOf(resources.programItem),
  },
  {
    operationId: 'listEvents',
    path: '/events',
    tag: 'records',
    summary: 'Events (trainings, workshops, meetings, missions), filtered as the events table.',
    parameters: tableParameters(eventsTableSpec),
    response: resources.listOf(resources.eventItem),
  },
  {
    operationId: 'getEvent',
    path: '/events/{id}',
    tag: 'records',
    summary: 'One event with its activity, program and sectors.',
    parameters: [],
    pathParameters: [idParameter],
    response: resources.oneOf(resources.eventDetail),
  },
  {
    operationId: 'listDonors',
    path: '/donors',
    tag: 'records',
    summary: "Donors, with figures over the caller's activities, filtered as the donors table.",
    parameters: tableParameters(donorsTableSpec),
    response: resources.listOf(resources.donorItem),
  },
  {
    operationId: 'listCountries',
    path: '/countries',
    tag: 'figures',
    summary: 'Every member state with its activities and people trained, by gender.',
    parameters: [],
    response: resources.allOf(resources.countryItem),
  },
  {
    operationId: 'listIndicators',
    path: '/indicators',
    tag: 'figures',
    summary: "Each indicator against its target, with the dashboard's filters, by program.",
    parameters: pagedDashboardParameters,
    response: resources.listOf(resources.indicatorItem),
  },
  {
    operationId: 'getDashboard',
    path: '/dashboard',
    tag: 'figures',
    summary: "The dashboard's headline figures and breakdowns of people trained, with its filters.",
    parameters: dashboardParameters,
    response: resources.oneOf(resources.dashboardSummary),
  },
  {
    operationId: 'iatiActivities',
    path: '/iati/activities.xml',
    tag: 'iati',
    summary: 'The selected activities as an IATI 2.03 activity file.',
    parameters: [
      ...tableParameters(activitiesTableSpec).filter((p) => p.name !== 'limit' && p.name !== 'cursor'),
      { name: 'download', schema: z.enum(['1']), description: '1 answers the file as an attachment to save.' },
    ],
    mediaType: 'application/xml',
  },
] as const satisfies readonly Endpoint[];

export type OperationId = (typeof apiEndpoints)[number]['operationId'];

export const endpoint = (operationId: OperationId): Endpoint => apiEndpoints.find((e) => e.operationId === operationId)!;
