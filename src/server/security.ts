import { secureHeaders } from 'hono/secure-headers';

/**
 * Security headers for every response. The CSP allows no inline or foreign scripts; styles may be
 * inline because Solid and MapLibre set style attributes; tiles may come only from the optional
 * online basemaps; frame-ancestors says who may embed the map (FRAME_ANCESTORS).
 */
export function securityHeaders(options: { frameAncestors: string; basemapOrigins: string[] }) {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:', ...options.basemapOrigins],
      connectSrc: ["'self'", ...options.basemapOrigins],
      workerSrc: ["'self'", 'blob:'],
      fontSrc: ["'self'"],
      manifestSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: options.frameAncestors.split(/\s+/).filter(Boolean),
    },
    // frame-ancestors above replaces X-Frame-Options, which cannot name other sites.
    xFrameOptions: false,
    // HSTS belongs to the HTTPS front (proxy) of a deployment; on plain HTTP it means nothing.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: 'same-origin',
    referrerPolicy: 'strict-origin-when-cross-origin',
    permissionsPolicy: { camera: false, microphone: false, geolocation: ['self'] },
  });
}
