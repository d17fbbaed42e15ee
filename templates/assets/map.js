// Leaflet map on /{lang}/map/, built from the list under it (which stays for readers without JS).
// Markers closer than a finger's width are grouped into one numbered marker, so every target stays
// large and separate; tapping a group zooms in (or lists its initiatives at the closest zoom).
window.addEventListener("DOMContentLoaded", () => {
  const box = document.getElementById("map");
  if (!box || typeof L === "undefined") return;
  const items = [...document.querySelectorAll(".map-list li[data-lat]")].map((li) => {
    const link = li.querySelector("a");
    return {
      lat: Number(li.dataset.lat),
      lon: Number(li.dataset.lon),
      sector: li.dataset.sector,
      href: link.href,
      name: link.textContent,
    };
  });
  box.hidden = false;
  const map = L.map(box, { scrollWheelZoom: false });
  const tiles = box.dataset.tiles;
  if (tiles) L.tileLayer(tiles, { attribution: box.dataset.attribution, maxZoom: 18 }).addTo(map);
  else {
    const note = document.createElement("p");
    note.textContent = box.dataset.noTiles;
    box.before(note);
  }
  const layer = L.layerGroup().addTo(map);
  const SPACE = 36;
  const linkList = (group) => {
    const list = document.createElement("ul");
    for (const item of group) {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = item.href;
      a.textContent = item.name;
      li.append(a);
      list.append(li);
    }
    return list;
  };
  const draw = () => {
    layer.clearLayers();
    const groups = [];
    for (const item of items) {
      const p = map.latLngToLayerPoint([item.lat, item.lon]);
      const near = groups.find((g) => g.point.distanceTo(p) < SPACE);
      if (near) near.items.push(item);
      else groups.push({ point: p, items: [item] });
    }
    for (const group of groups) {
      const first = group.items[0];
      if (group.items.length === 1) {
        const icon = L.divIcon({
          className: "map-marker",
          html: `<img src="/assets/icons/${first.sector}.svg" alt="">`,
          iconSize: [30, 30],
        });
        L.marker([first.lat, first.lon], { icon, title: first.name, alt: first.name })
          .bindPopup(linkList(group.items))
          .addTo(layer);
      } else {
        const label = group.items.map((i) => i.name).join(", ");
        const icon = L.divIcon({
          className: "map-marker map-marker--group",
          html: `<span>${group.items.length}</span>`,
          iconSize: [32, 32],
        });
        const marker = L.marker([first.lat, first.lon], { icon, title: label, alt: label }).addTo(layer);
        const bounds = L.latLngBounds(group.items.map((i) => [i.lat, i.lon]));
        marker.on("click", () => {
          if (map.getZoom() >= map.getMaxZoom() - 1 || bounds.getNorthEast().equals(bounds.getSouthWest()))
            marker.bindPopup(linkList(group.items)).openPopup();
          else map.fitBounds(bounds.pad(0.5), { maxZoom: map.getMaxZoom() });
        });
      }
    }
  };
  map.on("zoomend", draw);
  if (items.length)
    map.fitBounds(
      items.map((i) => [i.lat, i.lon]),
      { padding: [30, 30], maxZoom: 15 },
    );
  else map.setView([0, 0], 2);
  draw();
});
