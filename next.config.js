// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Required at run time, never bundled: the native SQLite driver; pdfkit, which reads its
  // standard fonts' AFM files from its own folder; pdfjs-dist, which loads its worker by path.
  serverExternalPackages: ['better-sqlite3', 'pdfkit', 'pdfjs-dist'],
  poweredByHeader: false,
  // Long narratives are pasted into forms: the schemas bound each field (20,000 characters), but
  // a request must still get through to them, so a 1 MB paste is answered with a message.
  experimental: { serverActions: { bodySizeLimit: '5mb' } },
  // Every response, static files included. The Content-Security-Policy needs a fresh nonce per
  // page, so proxy.ts sets it.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
          // Browsers heed it only over https, where it keeps them there.
          { key: 'Strict-Transport-Security', value: 'max-age=31536000' },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
