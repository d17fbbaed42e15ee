// Leaflet map on /{lang}/map/, built from the list under it (which stays for readers without JS).
// - Sector filters are kept in the URL (?sector=food&sector=repair), for sharing and the back button.
// - Markers closer than a finger's width are grouped into one numbered marker; tapping a group zooms
//   in (or lists its initiatives at the closest zoom).
// - The region outline is always drawn, so without tiles (none configured, offline, blocked) the
//   markers still stand on something, and a notice says why there is no background map.
// - Every data string reaches Leaflet and the DOM as text: names go through textContent and the
//   title/alt options (attributes); marker HTML holds only our own sector ids and numbers. Leaflet's
//   attribution control is off: the page prints the attribution itself, as text.
(() => {
  const box = document.getElementById("map");
  if (!box || typeof L === "undefined") return;
  const listEl = document.getElementById("map-list");
  const status = document.getElementById("map-status");
  const controls = document.getElementById("map-controls");
  const items = [...listEl.querySelectorAll("li[data-lat]")].map((li) => {
    const link = li.querySelector("a");
    return {
      li,
      lat: Number(li.dataset.lat),
      lon: Number(li.dataset.lon),
      kind: li.dataset.kind,
      sectors: li.dataset.sectors.split(" "),
      href: link.href,
      name: link.textContent,
    };
  });
  const boxes = [...controls.querySelectorAll('input[name="sector"]')];

  const chosenFromUrl = () => {
    const wanted = new URLSearchParams(location.search).getAll("sector");
    for (const b of boxes) b.checked = !wanted.length || wanted.includes(b.value);
  };
  const chosen = () => new Set(boxes.filter((b) => b.checked).map((b) => b.value));
  const writeUrl = () => {
    const on = chosen();
    const params = new URLSearchParams(location.search);
    params.delete("sector");
    if (on.size !== boxes.length) for (const b of boxes) if (b.checked) params.append("sector", b.value);
    const query = params.toString();
    history.replaceState(null, "", query ? `?${query}` : location.pathname);
  };
  const visible = () => {
    const on = chosen();
    return items.filter((i) => i.sectors.some((s) => on.has(s)));
  };

  box.hidden = false;
  controls.hidden = false;
  document.getElementById("map-legend").hidden = false;
  document.getElementById("map-attribution")?.removeAttribute("hidden");
  document.getElementById("map-list-sorted").hidden = false;
  const map = L.map(box, { scrollWheelZoom: false, attributionControl: false });

  const outlines = JSON.parse(box.dataset.outlines || "[]");
  const outlineLayer = L.layerGroup().addTo(map);
  for (const [south, west, north, east] of outlines)
    L.rectangle(
      [
        [south, west],
        [north, east],
      ],
      { color: "#0b5394", weight: 2, fill: false, interactive: false },
    ).addTo(outlineLayer);

  // Commune outlines, when the data folder has them (rings of [lon, lat]).
  for (const ring of JSON.parse(box.dataset.communeOutlines || "[]"))
    L.polygon(
      ring.map(([lon, lat]) => [lat, lon]),
      { color: "#0b5394", weight: 1, dashArray: "4 4", fill: false, interactive: false },
    ).addTo(outlineLayer);

  const say = (text) => {
    status.textContent = text;
  };
  const tiles = box.dataset.tiles;
  if (tiles) {
    let loaded = 0;
    let failed = false;
    const layer = L.tileLayer(tiles, { maxZoom: 18 }).addTo(map);
    layer.on("tileload", () => {
      loaded++;
    });
    layer.on("tileerror", () => {
      if (failed || loaded) return;
      failed = true;
      box.classList.add("map--no-tiles");
      say(status.dataset.failed);
    });
  } else {
    box.classList.add("map--no-tiles");
    say(status.dataset.noTiles);
  }

  const markerLayer = L.layerGroup().addTo(map);
  const SPACE = 36;
  const linkList = (group) => {
    const list = document.createElement("ul");
    for (const item of group) {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = item.href;
      a.textContent = item.name;
      li.append(a);
      if (item.kind !== "exact") li.append(` (${box.dataset.approximate})`);
      list.append(li);
    }
    return list;
  };
  const draw = () => {
    markerLayer.clearLayers();
    const groups = [];
    for (const item of visible()) {
      const p = map.latLngToLayerPoint([item.lat, item.lon]);
      const near = groups.find((g) => g.point.distanceTo(p) < SPACE);
      if (near) near.items.push(item);
      else groups.push({ point: p, items: [item] });
    }
    for (const group of groups) {
      const first = group.items[0];
      if (group.items.length === 1) {
        const approx = first.kind !== "exact";
        const label = approx ? `${first.name} (${box.dataset.approximate})` : first.name;
        const sector = first.sectors.find((s) => chosen().has(s)) || first.sectors[0];
        const icon = L.divIcon({
          className: `map-marker${approx ? " map-marker--approx" : ""}`,
          html: `<img src="/assets/icons/${encodeURIComponent(sector)}.svg" alt="">`,
          iconSize: [30, 30],
        });
        L.marker([first.lat, first.lon], { icon, title: label, alt: label })
          .bindPopup(linkList(group.items))
          .addTo(markerLayer);
      } else {
        const label = group.items.map((i) => i.name).join(", ");
        const icon = L.divIcon({
          className: "map-marker map-marker--group",
          html: `<span>${Number(group.items.length)}</span>`,
          iconSize: [32, 32],
        });
        const marker = L.marker([first.lat, first.lon], { icon, title: label, alt: label }).addTo(markerLayer);
        const bounds = L.latLngBounds(group.items.map((i) => [i.lat, i.lon]));
        marker.on("click", () => {
          if (map.getZoom() >= map.getMaxZoom() - 1 || bounds.getNorthEast().equals(bounds.getSouthWest()))
            marker.bindPopup(linkList(group.items)).openPopup();
          else map.fitBounds(bounds.pad(0.5), { maxZoom: map.getMaxZoom() });
        });
      }
    }
  };

  // The list follows the map: filtered by sector, nearest to the map's centre first.
  const sortList = () => {
    const centre = map.getCenter();
    box.dataset.centre = `${centre.lat.toFixed(5)},${centre.lng.toFixed(5)}`;
    const on = chosen();
    const all = [...listEl.children];
    const distance = (li) =>
      li.dataset.lat ? centre.distanceTo([Number(li.dataset.lat), Number(li.dataset.lon)]) : Infinity;
    all.sort((a, b) => distance(a) - distance(b));
    for (const li of all) li.hidden = !li.dataset.sectors.split(" ").some((s) => on.has(s));
    listEl.append(...all);
  };

  // The whole region (its outline) and every marker in view.
  const fitView = () => {
    const points = items.map((i) => [i.lat, i.lon]);
    for (const [south, west, north, east] of outlines) points.push([south, west], [north, east]);
    if (points.length) map.fitBounds(points, { padding: [10, 10], maxZoom: 15 });
    else map.setView([0, 0], 2);
  };

  chosenFromUrl();
  controls.addEventListener("change", () => {
    writeUrl();
    draw();
    sortList();
  });
  map.on("zoomend", draw);
  map.on("moveend", sortList);
  fitView();
  draw();
  sortList();
})();
