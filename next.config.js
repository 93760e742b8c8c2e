// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Required at run time, never bundled: the native SQLite driver, and pdfkit, which reads its
  // standard fonts' AFM files from its own folder.
  serverExternalPackages: ['better-sqlite3', 'pdfkit'],
  poweredByHeader: false,
  // Long narratives are pasted into forms: the schemas bound each field (20,000 characters), but
  // a request must still get through to them, so a 1 MB paste is answered with a message.
  experimental: { serverActions: { bodySizeLimit: '5mb' } },
};

module.exports = withNextIntl(nextConfig);
