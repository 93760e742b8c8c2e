/** The organisational units of the Secretariat for Multidimensional Security that run programs. */
export const orgUnitRecords = [
  { code: 'DPS', nameEn: 'Department of Public Security', nameEs: 'Departamento de Seguridad Pública' },
  { code: 'CICTE', nameEn: 'Inter-American Committee against Terrorism', nameEs: 'Comité Interamericano contra el Terrorismo' },
  { code: 'CICAD', nameEn: 'Inter-American Drug Abuse Control Commission', nameEs: 'Comisión Interamericana para el Control del Abuso de Drogas' },
] as const;
