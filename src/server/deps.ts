import type { ServerConfig } from './config';
import type { ServerGeo } from './geo';
import type { LiveHub } from './live';
import type { Logger } from './log';
import type { Repository } from './store/repository';

/**
 * What the app and its routes are built from. In a file of its own so that app.ts imports the
 * routes and the routes import this, not app.ts: no import circle.
 */
export interface AppDeps {
  repo: Repository;
  geo: ServerGeo;
  hub: LiveHub;
  log: Logger;
  config: Pick<
    ServerConfig,
    | 'adminToken'
    | 'adminName'
    | 'frameAncestors'
    | 'basemapOrigins'
    | 'corsOrigins'
    | 'publicUrl'
    | 'submitsPerMinute'
    | 'trustProxy'
    | 'liveMaxScreens'
    | 'liveMaxScreensPerClient'
    | 'maxBodyBytes'
    | 'version'
    | 'staticDir'
    | 'contactRetentionDays'
    | 'rejectedRetentionDays'
    | 'privacyContact'
  >;
  now: () => Date;
}
