// Offline: keep the pages and booklets a reader visited. Network first, the cached copy when offline.
const CACHE = "annuaire-v1";
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));
self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== location.origin) return;
  const keep = request.mode === "navigate" || url.pathname.endsWith(".pdf") || url.pathname.startsWith("/assets/");
  if (!keep) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() => caches.match(request).then((hit) => hit || caches.match("/404.html"))),
  );
});
