// Enhancements only; every page works without this file.
if ("serviceWorker" in navigator) {
  window.addEventListener("load", () => navigator.serviceWorker.register("/sw.js").catch(() => {}));
}

// E-mail addresses arrive reversed and base64-encoded in data-email (templates/components/email.ts),
// so harvesters reading the HTML find none; here they become ordinary mailto: links.
for (const el of document.querySelectorAll("[data-email]")) {
  try {
    const bytes = Uint8Array.from(atob(el.getAttribute("data-email")), (c) => c.charCodeAt(0));
    const address = [...new TextDecoder().decode(bytes)].reverse().join("");
    const subject = el.getAttribute("data-subject");
    const href = `mailto:${address}${subject ? `?subject=${encodeURIComponent(subject)}` : ""}`;
    if (el.tagName === "A") el.setAttribute("href", href);
    else {
      const link = document.createElement("a");
      link.href = href;
      link.textContent = address;
      link.className = "email";
      el.replaceWith(link);
    }
  } catch {
    // A damaged attribute leaves the readable "name [at] domain" text in place.
  }
}
