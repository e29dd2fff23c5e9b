/**
 * The service worker, bundled and given its precache list at build time
 * (src/build/service-worker.ts). Workbox does the caching:
 *
 * - Pages: network first, so a deploy shows at once; offline, or with no answer in 3 s, the
 *   precached copy.
 * - Hashed assets, the search index and everything else listed: from the precache.
 * - A new version installs beside the old one and waits: it takes over only when the reader
 *   asks for it (the "Reload" button posts SKIP_WAITING), never on its own.
 * - A page still open from an older version may ask for a hashed chunk the new version dropped
 *   (a tool's storage code loads lazily). Before a new version installs, the hashed assets of the
 *   version in use are copied aside, and such requests are answered from that copy.
 */
import { matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { cacheNames } from 'workbox-core';
import { hashedAssetPattern } from '../lib/offline/precache';

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface WorkerScope {
  __WB_MANIFEST: { url: string; revision: string | null }[];
  location: Location;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}
declare const self: WorkerScope;

/** Hashed assets of the version this one replaces, for pages still open from it. */
const retiredAssets = 'handbook-retired-assets';
const manifest = self.__WB_MANIFEST;

self.addEventListener('install', (event) => {
  const current = new Set(manifest.map((entry) => new URL(entry.url, self.location.href).href));
  event.waitUntil(
    (async () => {
      const precache = await caches.open(cacheNames.precache);
      const old = (await precache.keys()).filter(
        (request) => hashedAssetPattern.test(new URL(request.url).pathname) && !current.has(request.url),
      );
      if (old.length === 0) return;
      await caches.delete(retiredAssets);
      const retired = await caches.open(retiredAssets);
      await Promise.all(
        old.map(async (request) => {
          const response = await precache.match(request);
          if (response) await retired.put(request, response);
        }),
      );
    })(),
  );
});

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

registerRoute(
  new NavigationRoute(
    new NetworkFirst({
      networkTimeoutSeconds: 3,
      plugins: [
        {
          // Pages are kept by the precache alone, so an offline page always matches the assets kept with it.
          cacheWillUpdate: async () => null,
          cachedResponseWillBeUsed: async ({ request, cachedResponse }) =>
            cachedResponse ?? (await matchPrecache(new URL(request.url).pathname)) ?? null,
        },
      ],
    }),
  ),
);

// Pagefind asks for its entry file with a `ts` parameter that only defeats the HTTP cache.
precacheAndRoute(manifest, { ignoreURLParametersMatching: [/^ts$/, /^utm_/, /^fbclid$/] });

registerRoute(
  ({ url, sameOrigin }) => sameOrigin && hashedAssetPattern.test(url.pathname),
  new CacheFirst({ cacheName: retiredAssets }),
);
