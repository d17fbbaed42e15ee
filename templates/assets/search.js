// /{lang}/search/: Pagefind's JS API, drawn with the site's own markup. The URL holds the state
// (?q=…&commune=…&sector=…&language=…), so a result list can be shared and the back button works.
// Every text from the index reaches the page as text (textContent); Pagefind's excerpt is parsed
// inertly and only its <mark> elements are kept.
(() => {
  const root = document.getElementById("search");
  if (!root) return;
  const d = root.dataset;
  const FILTERS = ["commune", "sector", "language"];
  const sectorNames = JSON.parse(d.sectorNames || "{}");
  const communeUrls = JSON.parse(d.communeUrls || "{}");
  const form = document.querySelector(".search-form");
  const input = document.getElementById("q");
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  const filterBox = document.getElementById("search-filters");
  const help = document.getElementById("search-help");
  const noResults = document.getElementById("no-results");
  const noResultsCommune = document.getElementById("no-results-commune");
  const el = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const fill = (template, params) => template.replace(/\{(\w+)\}/g, (m, k) => (k in params ? params[k] : m));
  const plural = new Intl.PluralRules(d.lang);
  const number = new Intl.NumberFormat(d.lang);
  const collator = new Intl.Collator(d.lang, { sensitivity: "base", numeric: true });

  const state = () => {
    const params = new URLSearchParams(location.search);
    const chosen = {};
    for (const key of FILTERS) {
      const values = params.getAll(key).filter(Boolean);
      if (values.length) chosen[key] = values;
    }
    return { q: (params.get("q") || "").trim(), chosen };
  };
  const writeState = ({ q, chosen }) => {
    const params = new URLSearchParams();
    if (q) params.set("q", q);
    for (const key of FILTERS) for (const v of chosen[key] || []) params.append(key, v);
    const query = params.toString();
    history.replaceState(null, "", query ? `?${query}` : location.pathname);
  };

  /** Pagefind's excerpt as DOM: text and <mark> only. */
  const excerptNodes = (excerpt) => {
    const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, "text/html");
    const out = [];
    for (const node of doc.body.firstChild.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) out.push(document.createTextNode(node.textContent));
      else if (node.nodeName === "MARK") out.push(el("mark", "", node.textContent));
      else out.push(document.createTextNode(node.textContent));
    }
    return out;
  };

  const drawResult = (data) => {
    const li = el("li", "result");
    const h = el("h2", "result__title");
    const a = el("a", "", data.meta.title);
    a.href = data.url;
    h.append(a);
    if (data.meta.closed) h.append(" ", el("span", "closed-mark", data.meta.closed));
    li.append(h);
    const sectors = (data.meta.sectors || "").split(" ").filter((s) => sectorNames[s]);
    if (sectors.length) {
      const tags = el("ul", "tags");
      for (const id of sectors) {
        const tag = el("li");
        const img = el("img", "pictogram");
        img.src = `/assets/icons/${id}.svg`;
        img.alt = "";
        img.width = 24;
        img.height = 24;
        tag.append(img, el("span", "", sectorNames[id]));
        tags.append(tag);
      }
      li.append(tags);
    }
    if (data.meta.summary) li.append(el("p", "result__summary", data.meta.summary));
    if (data.meta.where) li.append(el("p", "result__where", data.meta.where));
    // An excerpt from the extra search words (commune names in every language, synonyms) says
    // nothing the summary and the place do not: show excerpts of the entry's own text only.
    if (data.excerpt && !data.excerpt.includes(" · ")) {
      const p = el("p", "result__excerpt");
      p.append("… ", ...excerptNodes(data.excerpt), " …");
      li.append(p);
    }
    return li;
  };

  const drawFilters = (available, chosen, counts) => {
    filterBox.replaceChildren();
    for (const key of FILTERS) {
      const values = Object.keys(available[key] || {}).sort((x, y) => collator.compare(x, y));
      if (!values.length) continue;
      const fieldset = el("fieldset", "filter");
      fieldset.append(el("legend", "filter__legend", d[`legend${key[0].toUpperCase()}${key.slice(1)}`]));
      for (const value of values) {
        const n = counts[key]?.[value] ?? 0;
        const checked = (chosen[key] || []).includes(value);
        // A value that would give no result is not offered (unless it is ticked, to untick it).
        if (!n && !checked) continue;
        const id = `f-${key}-${value.replace(/[^\p{L}\p{N}]+/gu, "-")}`;
        const item = el("div", "checkbox");
        const box = el("input");
        box.type = "checkbox";
        box.id = id;
        box.name = key;
        box.value = value;
        box.checked = checked;
        const label = el("label", "", value.charAt(0).toLocaleUpperCase(d.lang) + value.slice(1));
        label.htmlFor = id;
        label.append(" ", el("span", "count", `(${number.format(n)})`));
        item.append(box, label);
        fieldset.append(item);
      }
      filterBox.append(fieldset);
    }
    if (Object.keys(chosen).length) {
      const clear = el("button", "button--secondary", d.clear);
      clear.type = "button";
      clear.addEventListener("click", () => {
        const { q } = state();
        writeState({ q, chosen: {} });
        run();
      });
      filterBox.append(clear);
    }
  };

  let pagefind;
  let available;
  let generation = 0;
  const run = async () => {
    const mine = ++generation;
    const { q, chosen } = state();
    input.value = q;
    if (!q && !Object.keys(chosen).length) {
      list.replaceChildren();
      status.textContent = "";
      drawFilters(available, chosen, available);
      help.hidden = false;
      noResults.hidden = true;
      return;
    }
    status.textContent = d.searching;
    const filters = {};
    for (const [key, values] of Object.entries(chosen)) filters[key] = { any: values };
    const search = await pagefind.search(q || null, { filters });
    if (mine !== generation || !search) return;
    const results = await Promise.all(search.results.slice(0, 50).map((r) => r.data()));
    if (mine !== generation) return;
    list.replaceChildren(...results.map(drawResult));
    const n = search.results.length;
    status.textContent = fill(plural.select(n) === "one" ? d.countOne : d.count, { count: number.format(n) });
    drawFilters(available, chosen, search.filters || {});
    // No result: the browse lists, the commune's own page when one was chosen, the contribute link.
    help.hidden = n > 0;
    noResults.hidden = n > 0;
    noResultsCommune.replaceChildren();
    for (const name of chosen.commune || []) {
      if (!communeUrls[name]) continue;
      const li = el("li");
      const a = el("a", "", fill(d.communeText, { commune: name }));
      a.href = communeUrls[name];
      li.append(a);
      noResultsCommune.append(li);
    }
  };

  const start = async () => {
    pagefind = await import("/pagefind/pagefind.js");
    await pagefind.options({ excerptLength: 22 });
    await pagefind.init();
    available = await pagefind.filters();
    root.hidden = false;
    // Filters beside the results on a wide screen; behind "Refine" on a phone, so results come first.
    document.getElementById("search-filters-box").open = matchMedia("(min-width: 48rem)").matches;
    help.hidden = true;
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      writeState({ q: input.value.trim(), chosen: state().chosen });
      run();
    });
    filterBox.addEventListener("change", () => {
      const chosen = {};
      for (const box of filterBox.querySelectorAll("input:checked")) (chosen[box.name] ||= []).push(box.value);
      writeState({ q: state().q, chosen });
      run();
    });
    await run();
  };
  start().catch(() => {
    root.hidden = true;
    help.hidden = false;
  });
})();
