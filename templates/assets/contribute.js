// The contribute form, improved when JavaScript runs (without it, the form posts as it is):
// - the same checks as the validator, from the contract JSON embedded in the page, with its messages,
//   shown next to each field before sending;
// - one step at a time; "this looks like …" while typing (the validator's duplicate index, bundled);
// - ?id=ID (or choosing an entry) prefills a correction from /data/initiatives.json;
// - the address is looked up with Nominatim only on request, shown on a map with a draggable marker;
// - after sending, the YAML file the submission will become, to download or propose on GitHub.
window.addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector("form.contribute");
  const contractNode = document.getElementById("contribute-contract");
  if (!form || !contractNode) return;
  const contract = JSON.parse(contractNode.textContent);
  const lib = window.annuaireContribute;
  const { meta, messages, lang } = contract;
  const fieldsByName = new Map(contract.fields.map((f) => [f.name, f]));
  form.noValidate = true;
  form.elements[meta.startedAt].value = String(Date.now());

  const fill = (template, params) =>
    template.replace(/\{(\w+)\}/g, (m, k) => (k in params ? String(params[k]) : m)).replace(/`/g, "");
  const controls = (name) => [...form.querySelectorAll(`[name="${CSS.escape(name)}"]`)];
  const values = (name) =>
    controls(name)
      .filter((el) => (el.type === "checkbox" || el.type === "radio" ? el.checked : true))
      .flatMap((el) => (el.tagName === "TEXTAREA" && /social|sources/.test(name) ? el.value.split(/\s+/) : [el.value]))
      .map((v) => v.trim())
      .filter(Boolean);
  const box = (name) => form.querySelector(`[data-field="${CSS.escape(name)}"]`);
  // A field hidden by a choice (a private home has no address) is not checked; one in another step is.
  const visible = (name) => {
    for (let el = box(name); el && el !== form; el = el.parentElement)
      if (el.hidden && !el.classList.contains("step")) return false;
    return true;
  };

  // ---- the validator's checks, in the browser ----
  const senderField = {
    name: meta.senderContact,
    label: box(meta.senderContact)?.querySelector("label")?.firstChild?.textContent.trim(),
    required: true,
    maxLength: 200,
  };
  function problem(field) {
    const vals = values(field.name);
    const label = field.label;
    if (field.required && !vals.length) {
      if (field.name === "communes") return fill(messages["no-area"], {});
      if (field.list) return fill(messages["too-few"], { field: label, min: field.minItems ?? 1 });
      return fill(messages.required, { field: label, label });
    }
    for (const v of vals) {
      if (field.maxLength && v.length > field.maxLength)
        return fill(messages["too-long"], { field: label, length: v.length, max: field.maxLength });
      if (field.pattern && !new RegExp(field.pattern, field.flags).test(v) && messages[field.patternCode])
        return fill(messages[field.patternCode], { field: label, value: v, hint: "" });
    }
    return "";
  }
  function show(field, text) {
    const b = box(field.name);
    if (!b) return;
    const error = b.querySelector(".error");
    error.textContent = text;
    error.hidden = !text;
    for (const c of controls(field.name)) {
      if (text) c.setAttribute("aria-invalid", "true");
      else c.removeAttribute("aria-invalid");
    }
  }
  const checked = new Set();
  // Once a field has been checked, it is checked again as the person types, so an error clears as soon
  // as it is fixed (and the page does not jump when they move on).
  const checkOne = (field) => {
    const text = visible(field.name) ? problem(field) : "";
    show(field, text);
    checked.add(field.name);
    return !text;
  };
  const allFields = () => [...contract.fields, senderField];
  form.addEventListener("change", (e) => {
    const field = fieldsByName.get(e.target.name) ?? (e.target.name === meta.senderContact ? senderField : null);
    if (field) {
      checked.add(field.name);
      checkOne(field);
    }
  });
  form.addEventListener("input", (e) => {
    const field = fieldsByName.get(e.target.name) ?? (e.target.name === meta.senderContact ? senderField : null);
    if (field && checked.has(field.name)) checkOne(field);
    lookForDuplicates();
  });

  // ---- one step at a time ----
  const steps = [...form.querySelectorAll(".step[data-step]")];
  const nav = form.querySelector(".step-nav");
  const submit = form.querySelector('button[type="submit"]');
  let current = 0;
  const stepOk = (step) =>
    allFields()
      .filter((f) => step.contains(box(f.name)))
      .map(checkOne)
      .every(Boolean);
  function showStep(n) {
    current = n;
    steps.forEach((s, i) => {
      s.hidden = i !== n;
    });
    nav.hidden = false;
    nav.querySelector(".step-prev").hidden = n === 0;
    nav.querySelector(".step-next").hidden = n === steps.length - 1;
    submit.parentElement.hidden = n !== steps.length - 1;
  }
  nav.querySelector(".step-next").addEventListener("click", () => {
    if (!stepOk(steps[current])) return focusFirstError();
    showStep(current + 1);
    steps[current].querySelector("input, textarea, select")?.focus();
  });
  nav.querySelector(".step-prev").addEventListener("click", () => showStep(current - 1));
  showStep(0);

  const errorsBox = form.querySelector(".form-errors");
  function focusFirstError() {
    const first = form.querySelector('[aria-invalid="true"]');
    if (!first) return;
    const step = steps.findIndex((s) => s.contains(first));
    if (step >= 0 && step !== current) showStep(step);
    first.focus();
  }

  // ---- where: public venue, private home (never an address), or none ----
  const placeFields = ["place.name", "place.address", "place.postcode"];
  const locator = form.querySelector(".locator");
  function placeKindChanged() {
    const kind = values(meta.placeKind)[0] ?? "";
    for (const name of placeFields) {
      const b = box(name);
      if (b) b.hidden = kind !== "public";
      if (kind !== "public") for (const c of controls(name)) c.value = "";
    }
    locator.hidden = kind !== "public";
    if (kind !== "public") clearPosition();
  }
  for (const r of controls(meta.placeKind)) r.addEventListener("change", placeKindChanged);
  placeKindChanged();

  // ---- address lookup on request, with a draggable marker ----
  let map;
  let marker;
  const status = locator.querySelector(".locator__status");
  const setPosition = (lat, lon) => {
    form.elements["place.lat"].value = (Math.round(lat * 1e5) / 1e5).toString();
    form.elements["place.lon"].value = (Math.round(lon * 1e5) / 1e5).toString();
  };
  function clearPosition() {
    form.elements["place.lat"].value = "";
    form.elements["place.lon"].value = "";
    locator.querySelector(".locator__map").hidden = true;
    locator.querySelector(".locator__drag").hidden = true;
    locator.querySelector(".locator__clear").hidden = true;
  }
  locator.querySelector(".locator__clear").addEventListener("click", clearPosition);
  locator.querySelector(".locator__find").addEventListener("click", async () => {
    const communes = controls("communes")
      .filter((c) => c.checked)
      .map((c) => c.closest("label").textContent.trim());
    const q = [values("place.address")[0], values("place.postcode")[0], communes[0]].filter(Boolean).join(", ");
    if (!q) return;
    status.textContent = "…";
    try {
      const url = `https://nominatim.openstreetmap.org/search?format=jsonv2&limit=1&accept-language=${lang}&q=${encodeURIComponent(q)}`;
      const found = (await (await fetch(url)).json())[0];
      if (!found) {
        status.textContent = locator.dataset.notFound;
        return;
      }
      status.textContent = found.display_name;
      const holder = locator.querySelector(".locator__map");
      holder.hidden = false;
      locator.querySelector(".locator__drag").hidden = false;
      locator.querySelector(".locator__clear").hidden = false;
      const at = [Number(found.lat), Number(found.lon)];
      if (!map) {
        map = L.map(holder, { scrollWheelZoom: false });
        if (locator.dataset.tiles)
          L.tileLayer(locator.dataset.tiles, { attribution: locator.dataset.attribution, maxZoom: 19 }).addTo(map);
        marker = L.marker(at, { draggable: true, keyboard: true }).addTo(map);
        marker.on("dragend", () => setPosition(marker.getLatLng().lat, marker.getLatLng().lng));
      }
      marker.setLatLng(at);
      map.setView(at, 17);
      setPosition(at[0], at[1]);
    } catch {
      status.textContent = locator.dataset.notFound;
    }
  });

  // ---- "this looks like …" while typing ----
  const dupBox = form.querySelector(".duplicates");
  let index;
  let indexLoading;
  function candidate() {
    const contact = {};
    for (const k of ["website", "email", "phone"])
      if (values(`contact.${k}`)[0]) contact[k] = values(`contact.${k}`)[0];
    return {
      id: "new",
      name: { [lang]: values("name")[0] ?? "" },
      contact,
      sectors: values("sectors"),
      communes: values("communes"),
    };
  }
  let timer;
  function lookForDuplicates() {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      if (values(meta.correctionOf).length || !lib) return;
      indexLoading ??= fetch(form.dataset.index).then((r) => r.json());
      index ??= lib.DuplicateIndex.of(await indexLoading, contract.languages);
      const found = index.matches(candidate());
      dupBox.replaceChildren();
      dupBox.hidden = !found.length;
      const reasons = JSON.parse(dupBox.dataset.reasons);
      for (const m of found) {
        const p = document.createElement("p");
        p.textContent = `${fill(dupBox.dataset.template, { name: m.otherName, reason: reasons[m.reason] })} `;
        const a = document.createElement("a");
        a.href = `${form.dataset.contributeUrl}?id=${encodeURIComponent(m.other)}`;
        a.textContent = m.otherName;
        p.append(a);
        dupBox.append(p);
      }
    }, 250);
  }

  // ---- corrections: prefill from the open data ----
  const select = form.elements[meta.correctionOf];
  const whatIsWrong = form.querySelector(".what-is-wrong");
  whatIsWrong.hidden = !select.value;
  async function prefill(id) {
    const prefilled = form.querySelector(".correction-prefilled");
    prefilled.hidden = !id;
    whatIsWrong.hidden = !id;
    if (!id) return;
    const data = await (await fetch(form.dataset.initiatives)).json();
    const entry = data.initiatives.find((i) => i.id === id);
    if (!entry) return;
    select.value = id;
    const text = (t) => (t ? (typeof t === "string" ? t : (t[lang] ?? Object.values(t)[0] ?? "")) : "");
    const set = (name, value) => {
      for (const c of controls(name)) {
        if (c.type === "checkbox" || c.type === "radio")
          c.checked = (Array.isArray(value) ? value : [value]).includes(c.value);
        else c.value = Array.isArray(value) ? value.join("\n") : (value ?? "");
      }
    };
    set("name", text(entry.name));
    for (const k of ["summary", "description", "schedule"]) set(k, text(entry[k]));
    for (const k of ["sectors", "communes", "languages", "accessibility", "audience"]) set(k, entry[k] ?? []);
    set(meta.placeKind, entry.place ? (entry.place.public ? "public" : "private") : "");
    placeKindChanged();
    for (const k of ["name", "address", "postcode", "lat", "lon"]) set(`place.${k}`, entry.place?.[k] ?? "");
    for (const k of ["website", "email", "phone", "social"]) set(`contact.${k}`, entry.contact?.[k] ?? "");
    set("ical", entry.ical ?? "");
    dupBox.hidden = true;
  }
  select.addEventListener("change", () => prefill(select.value));
  const wanted = new URLSearchParams(location.search).get("id");
  if (wanted) prefill(wanted);

  // ---- sending: check everything, post, then show the file it will become ----
  const sent = document.querySelector(".contribute-sent");
  function submission() {
    const fields = {};
    for (const [k, v] of new FormData(form)) {
      if (typeof v !== "string" || !v.trim()) continue;
      fields[k] = k in fields ? [].concat(fields[k], v) : v;
    }
    return { id: "preview", createdAt: new Date().toISOString(), fields };
  }
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const ok = allFields().map(checkOne).every(Boolean);
    errorsBox.hidden = ok;
    if (!ok) return focusFirstError();
    const s = submission();
    const correction = s.fields[meta.correctionOf];
    const today = s.createdAt.slice(0, 10);
    const { entry } = lib.entryFromSubmission(s, contract.languages, today);
    const id = correction || lib.slugify(String(s.fields.name ?? "initiative"));
    const yaml = lib.entryYaml(
      entry,
      correction ? `Correction of ${correction}, sent on ${today}.` : `Sent through the contribute form on ${today}.`,
    );
    let posted = false;
    try {
      const response = await fetch(form.action, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(new FormData(form)).toString(),
      });
      posted = response.ok;
    } catch {
      posted = false;
    }
    if (!posted) sent.querySelector(".contribute-sent__text").textContent = sent.dataset.failed;
    sent.querySelector(".yaml-preview code").textContent = yaml;
    const download = sent.querySelector(".yaml-download");
    download.href = `data:text/yaml;charset=utf-8,${encodeURIComponent(yaml)}`;
    download.download = `${id}.yaml`;
    const repo = form.dataset.repository;
    if (repo) {
      const file = `${form.dataset.dataFolder}/initiatives/${id}.yaml`;
      const github = sent.querySelector(".github-link");
      github.querySelector("a").href = correction
        ? `https://github.com/${repo}/edit/main/${file}`
        : `https://github.com/${repo}/new/main?filename=${encodeURIComponent(file)}&value=${encodeURIComponent(yaml)}`;
      github.hidden = false;
    }
    form.hidden = true;
    sent.hidden = false;
    sent.querySelector("h2").focus();
  });
});
