// Pagefind UI on /{lang}/search/, with the query from ?q= (the home page's form sends it).
window.addEventListener("DOMContentLoaded", () => {
  const element = document.getElementById("search");
  if (!element || typeof PagefindUI === "undefined") return;
  const d = element.dataset;
  const ui = new PagefindUI({
    element: "#search",
    showSubResults: false,
    showImages: false,
    resetStyles: false,
    translations: { placeholder: d.placeholder },
    sort: {},
  });
  const q = new URLSearchParams(location.search).get("q");
  if (q) ui.triggerSearch(q);
  document.querySelector(".search-fallback")?.setAttribute("hidden", "");
});
