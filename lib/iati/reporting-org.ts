// The organisation that publishes the IATI file. IATI_REPORTING_ORG_REF must be the identifier
// the OAS holds in the IATI Registry; the default only marks the file as not yet registered.

export interface ReportingOrg {
  ref: string;
  /** IATI OrganisationType: 40 is multilateral. */
  type: string;
  nameEn: string;
  nameEs: string;
}

const refPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{1,99}$/;

export function reportingOrgFromEnv(env: Record<string, string | undefined> = process.env): ReportingOrg {
  const ref = env.IATI_REPORTING_ORG_REF?.trim() || 'XI-IATI-OAS';
  if (!refPattern.test(ref)) throw new Error(`IATI_REPORTING_ORG_REF is not an organisation identifier: ${ref}`);
  return {
    ref,
    type: '40',
    nameEn: 'Organization of American States (OAS) – Department of Public Security',
    nameEs: 'Organización de los Estados Americanos (OEA) – Departamento de Seguridad Pública',
  };
}
