// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Loaded from node_modules at run time instead of bundled: PGlite ships wasm and data files, argon2 a native
  // addon, and the custom server must share these modules' single database instance with the route code.
  serverExternalPackages: [
    '@electric-sql/pglite',
    'pglite-prisma-adapter',
    '@prisma/adapter-pg',
    'pg',
    '@node-rs/argon2',
  ],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // Headers every response gets; the Content-Security-Policy and HSTS are set per request in proxy.ts.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

export default nextConfig;
