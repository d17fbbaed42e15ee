// Home page: the booklet of the chosen commune, and "near me". The position stays in the browser:
// the nearest commune centre is computed here from the <option>s' data-lat/data-lon and nothing is
// sent anywhere. Without JavaScript the form still searches and every commune lists its booklet.
(() => {
  const select = document.getElementById("where");
  if (!select) return;
  const booklet = document.getElementById("finder-booklet");
  const showBooklet = () => {
    const option = select.selectedOptions[0];
    const href = option?.dataset.booklet;
    booklet.hidden = !href;
    if (!href) return;
    const link = booklet.querySelector("a");
    link.href = href;
    link.textContent = booklet.dataset.text.replace("{commune}", option.textContent);
  };
  select.addEventListener("change", showBooklet);
  showBooklet();

  const near = document.querySelector(".near-me");
  if (!near || !("geolocation" in navigator)) return;
  const status = document.getElementById("near-me-status");
  near.hidden = false;
  const rad = Math.PI / 180;
  const km = (a, b) => {
    const h =
      Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
      Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
    return 2 * 6371 * Math.asin(Math.sqrt(h));
  };
  document.getElementById("near-me").addEventListener("click", () => {
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const here = { lat: position.coords.latitude, lon: position.coords.longitude };
        let best;
        for (const option of select.options) {
          if (!option.dataset.lat) continue;
          const d = km(here, { lat: Number(option.dataset.lat), lon: Number(option.dataset.lon) });
          if (!best || d < best.d) best = { option, d };
        }
        if (!best) return;
        select.value = best.option.value;
        showBooklet();
        status.textContent = status.dataset.found.replace("{commune}", best.option.textContent);
      },
      () => {
        status.textContent = status.dataset.failed;
      },
      { maximumAge: 600000, timeout: 15000 },
    );
  });
})();
