// Paste or upload an article and see it coded by POST /code (nothing is stored).
"use strict";
(() => {
  const form = document.getElementById("code-form");
  const content = document.getElementById("content");
  const isHtml = document.getElementById("is-html");
  const status = document.getElementById("status");

  document.getElementById("file").addEventListener("change", ev => {
    const file = ev.target.files[0];
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => {
      content.value = reader.result;
      isHtml.checked = /\.html?$/i.test(file.name) || /^\s*</.test(reader.result);
    };
    reader.readAsText(file);
  });

  form.addEventListener("submit", async ev => {
    ev.preventDefault();
    const body = {};
    body[isHtml.checked ? "html" : "text"] = content.value;
    const date = document.getElementById("date").value;
    if (date) body.date = date;
    status.textContent = "Coding…";
    status.classList.remove("error");
    try {
      const doc = await dyad.api("/code", null, {method: "POST", headers: {"Content-Type": "application/json"},
                                                  body: JSON.stringify(body)});
      const n = doc.events.length;
      status.textContent = `${n} event${n === 1 ? "" : "s"}, ${doc.quotes.length} quotations, ${doc.places.length} places.`;
      dyad.renderArticle(doc, null);
    } catch (e) {
      status.textContent = e.message;
      status.classList.add("error");
    }
  });
})();
