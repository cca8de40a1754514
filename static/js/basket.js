/* Storefront: the basket's count, and adding to the basket without leaving the product.
 *
 * The storefront is one page for every visitor (stored whole by the server): its basket link
 * reads « Panier », and this script asks the basket's own small answer for her count
 * (data-basket-summary) as the page loads. Without the script the link still leads to her
 * basket.
 *
 * Without this script the form posts and the server sends the customer back to the product's
 * anchor (#produit-<id>), page and search kept, with the news beside it. With it, the same
 * POST goes through fetch (no CSRF token: the server checks the browser's Origin instead),
 * the basket link's count changes in place, and the news is shown beside the product and read
 * out by the page's live region. Anything unexpected falls back to the ordinary submission.
 */
(function () {
  "use strict";

  var live = document.getElementById("panier-annonce");

  function announce(text) {
    if (!live) return;
    live.textContent = "";
    // A fresh text node after a tick, so that the same news twice is read twice.
    window.setTimeout(function () { live.textContent = text; }, 50);
  }

  function showCount(count, label) {
    document.querySelectorAll(".shopfront-basket-link").forEach(function (link) {
      link.textContent = label;
      link.setAttribute("data-basket-count", count);
    });
  }

  var summary = document.querySelector("[data-basket-summary]");
  if (summary && window.fetch) {
    window.fetch(summary.getAttribute("data-basket-summary"), {
      credentials: "same-origin",
      headers: { "Accept": "application/json" }
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (body) {
      // An addition answered meanwhile already wrote the newer count.
      if (body && !summary.hasAttribute("data-basket-count")) showCount(body.count, body.label);
    }).catch(function () { /* the link keeps « Panier » */ });
  }

  function newsFor(form) {
    var product = form.closest(".shopfront-product");
    return product ? product.querySelector("[data-basket-news]") : null;
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches("form[data-basket-add]") || !window.fetch) return;
    event.preventDefault();
    var button = form.querySelector("button[type=submit]");
    if (button) button.disabled = true;
    window.fetch(form.action.split("#")[0], {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
      headers: { "Accept": "application/json" }
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (answer) {
      var news = newsFor(form);
      if (news) {
        news.hidden = false;
        news.textContent = answer.body.message;
        news.className = answer.ok ? "shopfront-added" : "form-errors";
      }
      if (answer.ok) showCount(answer.body.basket_count, answer.body.basket_label);
      announce(answer.body.message);
    }).catch(function () {
      form.submit();  // the page's own way: a redirect back to the product
    }).finally(function () {
      if (button) button.disabled = false;
    });
  });
})();
