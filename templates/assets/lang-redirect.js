// /i/{id}: go to the initiative's page in the reader's language (the page has a meta refresh fallback).
(() => {
  const script = document.currentScript;
  const id = script.dataset.id;
  const langs = script.dataset.langs.split(" ");
  const wanted =
    (navigator.languages || [navigator.language])
      .map((l) => l.slice(0, 2).toLowerCase())
      .find((l) => langs.includes(l)) || langs[0];
  location.replace(`/${wanted}/initiatives/${id}/`);
})();
