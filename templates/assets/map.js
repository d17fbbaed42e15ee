// Leaflet map on /{lang}/map/, built from the list under it (which stays for readers without JS).
window.addEventListener("DOMContentLoaded", () => {
  const box = document.getElementById("map");
  if (!box || typeof L === "undefined") return;
  const items = [...document.querySelectorAll(".map-list li[data-lat]")];
  box.hidden = false;
  const map = L.map(box, { scrollWheelZoom: false });
  const tiles = box.dataset.tiles;
  if (tiles) {
    const layer = L.tileLayer(tiles, { attribution: box.dataset.attribution, maxZoom: 18 });
    layer.on("tileerror", () => box.classList.add("map--no-tiles"));
    layer.addTo(map);
  } else {
    const note = document.createElement("p");
    note.textContent = box.dataset.noTiles;
    box.before(note);
  }
  const bounds = [];
  for (const li of items) {
    const lat = Number(li.dataset.lat);
    const lon = Number(li.dataset.lon);
    const link = li.querySelector("a");
    const icon = L.divIcon({
      className: "map-marker",
      html: `<img src="/assets/icons/${li.dataset.sector}.svg" alt="">`,
      iconSize: [28, 28],
    });
    const marker = L.marker([lat, lon], { icon, title: link.textContent, alt: link.textContent }).addTo(map);
    const popup = document.createElement("a");
    popup.href = link.href;
    popup.textContent = link.textContent;
    marker.bindPopup(popup);
    bounds.push([lat, lon]);
  }
  if (bounds.length) map.fitBounds(bounds, { padding: [20, 20], maxZoom: 15 });
  else map.setView([0, 0], 2);
});
