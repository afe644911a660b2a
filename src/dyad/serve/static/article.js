// The article view: a stored document with every event's evidence, quote and place marked.
"use strict";
(async () => {
  const id = document.getElementById("article").dataset.document;
  const verb = new URLSearchParams(location.search).get("verb");
  try {
    const doc = await dyad.api(`/documents/${id}`);
    dyad.renderArticle(doc, verb === null ? null : Number(verb));
    document.title = `${doc.title || "Article"} · dyad`;
  } catch (e) {
    document.getElementById("title").textContent = e.message;
  }
})();
