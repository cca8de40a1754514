/* Storefront: add to the basket without leaving the product.
 *
 * Without this script the form posts and the server sends the customer back to the product's
 * anchor (#produit-<id>), page and search kept, with the news beside it. With it, the same
 * POST goes through fetch (the form's own CSRF token travels in its fields), the basket link's
 * count changes in place, and the news is shown beside the product and read out by the
 * page's live region. Anything unexpected falls back to the ordinary submission.
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

  function newsFor(form) {
    var product = form.closest(".shopfront-product");
    return product ? product.querySelector("[data-basket-news]") : null;
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches("form[data-basket-add]") || !window.fetch) return;
    event.preventDefault();
    var button = form.querySelector("button[type=submit]");
    var data = new FormData(form);
    var token = data.get("csrfmiddlewaretoken");
    if (button) button.disabled = true;
    window.fetch(form.action.split("#")[0], {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "Accept": "application/json", "X-CSRFToken": token || "" }
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (answer) {
      var news = newsFor(form);
      if (news) {
        news.hidden = false;
        news.textContent = answer.body.message;
        news.className = answer.ok ? "shopfront-added" : "form-errors";
      }
      if (answer.ok) {
        document.querySelectorAll(".shopfront-basket-link").forEach(function (link) {
          link.textContent = answer.body.basket_label;
          link.setAttribute("data-basket-count", answer.body.basket_count);
        });
      }
      announce(answer.body.message);
    }).catch(function () {
      form.submit();  // the page's own way: a redirect back to the product
    }).finally(function () {
      if (button) button.disabled = false;
    });
  });
})();
