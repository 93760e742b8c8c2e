import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import { requireAccount } from '@/auth';
import { apiEndpoints, type OperationId } from '@/lib/api/endpoints';
import { buildOpenApiDocument } from '@/lib/api/openapi';
import { problemTypes, type ProblemType } from '@/lib/api/problem';
import { recordFields, schemaType, type JsonSchema } from './schema-type';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('apiReference'))('title') };
}

interface Parameter {
  name: string;
  in: 'query' | 'path';
  required: boolean;
  schema: JsonSchema;
}

const tableOf: Partial<Record<OperationId, 'activities' | 'programs' | 'events' | 'donors'>> = {
  listActivities: 'activities',
  listPrograms: 'programs',
  listEvents: 'events',
  listDonors: 'donors',
  iatiActivities: 'activities',
};

/** The reference of the read API, drawn from the same OpenAPI document /api/v1/openapi.json serves. */
export default async function ApiReferencePage() {
  await connection();
  await requireAccount();
  const [t, tables] = await Promise.all([getTranslations('apiReference'), getTranslations('tables')]);
  const document = buildOpenApiDocument();
  const operations = document.paths as Record<string, { get: { parameters: Parameter[]; responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }> } }>;

  /** A parameter's meaning in the reader's language: a table filter names its column. */
  function describe(operationId: OperationId, parameter: Parameter): string {
    const filter = /^f\.(\w+)(?:\.(from|to|min|max))?$/.exec(parameter.name);
    const table = tableOf[operationId];
    if (filter && table) {
      const column = tables(`${table}.columns.${filter[1]}`);
      const kind = filter[2] ?? (parameter.schema.enum || parameter.schema.pattern ? 'is' : 'contains');
      return t(`filter.${kind}`, { column });
    }
    return t(`parameters.${parameter.name}`);
  }

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="max-w-3xl text-slate-700">{t('intro')}</p>
        <p>
          <a href="/api/v1/openapi.json" className="text-oas-blue underline">
            {t('openApiLink')}
          </a>{' '}
          ·{' '}
          <Link href="/profile" className="text-oas-blue underline">
            {t('tokensLink')}
          </Link>
        </p>
      </header>

      <section aria-labelledby="usage-heading" className="space-y-2">
        <h2 id="usage-heading" className="text-lg font-semibold">
          {t('usageTitle')}
        </h2>
        <ul className="max-w-3xl list-disc space-y-1 pl-5 text-slate-700">
          <li>{t('usage.auth')}</li>
          <li>{t('usage.scope')}</li>
          <li>{t('usage.pagination')}</li>
          <li>{t('usage.rateLimit')}</li>
          <li>{t('usage.readOnly')}</li>
        </ul>
        <pre className="overflow-x-auto rounded bg-slate-900 p-3 text-sm text-white">
          <code>{'curl -H "Authorization: Bearer dps_…" "https://…/api/v1/activities?f.countries=BZ&limit=50"'}</code>
        </pre>
      </section>

      <section aria-labelledby="endpoints-heading" className="space-y-6">
        <h2 id="endpoints-heading" className="text-lg font-semibold">
          {t('endpointsTitle')}
        </h2>
        {apiEndpoints.map((endpoint) => {
          const operation = operations[endpoint.path]!.get;
          const fields = recordFields(operation.responses['200']?.content?.['application/json']?.schema);
          return (
            <article key={endpoint.operationId} id={endpoint.operationId} aria-labelledby={`${endpoint.operationId}-heading`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
              <h3 id={`${endpoint.operationId}-heading`} className="break-all font-mono text-base font-semibold">
                GET /api/v1{endpoint.path}
              </h3>
              <p className="text-slate-700">{t(`endpoints.${endpoint.operationId}`)}</p>
              {operation.parameters.length > 0 ? (
                <ReferenceTable
                  caption={t('parametersCaption')}
                  headings={[t('name'), t('type'), t('meaning')]}
                  rows={operation.parameters.map((p) => ({
                    key: p.name,
                    name: p.in === 'path' ? `${p.name} (${t('inPath')})` : p.name,
                    cells: [schemaType(p.schema), describe(endpoint.operationId, p)],
                  }))}
                />
              ) : null}
              {fields.length > 0 ? (
                <ReferenceTable
                  caption={t('fieldsCaption')}
                  headings={[t('field'), t('type')]}
                  rows={fields.map(([name, schema]) => ({ key: name, name, cells: [schemaType(schema)] }))}
                />
              ) : (
                <p className="text-sm text-slate-700">{t('xmlAnswer')}</p>
              )}
            </article>
          );
        })}
      </section>

      <section aria-labelledby="problems-heading" className="space-y-2">
        <h2 id="problems-heading" className="text-lg font-semibold">
          {t('problemsTitle')}
        </h2>
        <p className="max-w-3xl text-slate-700">{t('problemsIntro')}</p>
        <dl className="space-y-2">
          {(Object.keys(problemTypes) as ProblemType[]).map((type) => (
            <div key={type} id={`problem-${type}`}>
              <dt className="font-mono font-semibold">
                {problemTypes[type].status} {type}
              </dt>
              <dd className="text-slate-700">{t(`problems.${type}`)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}

/** A table of names (parameters or fields), each with its type and, for parameters, its meaning. */
function ReferenceTable({ caption, headings, rows }: { caption: string; headings: string[]; rows: { key: string; name: string; cells: string[] }[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-1 text-left font-medium">{caption}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            {headings.map((heading) => (
              <th key={heading} scope="col" className="px-2 py-1">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-t border-slate-200 align-top">
              <th scope="row" className="whitespace-nowrap px-2 py-1 font-mono font-normal">
                {row.name}
              </th>
              {row.cells.map((cell, index) => (
                <td key={index} className={index === 0 ? 'break-all px-2 py-1 font-mono text-xs' : 'px-2 py-1'}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
