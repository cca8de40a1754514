/* Wizard steps: warn before leaving a step whose form was changed and not saved.
 *
 * Only forms marked by the page (every POST form of the step) are watched; the warning is
 * armed by the first change and disarmed when the form is submitted, so saving never asks.
 * Browsers show their own wording: the message cannot be chosen.
 */
(function () {
  "use strict";

  var dirty = false;
  var forms = document.querySelectorAll(".wizard-main form[method=post]");

  function warn(event) {
    if (!dirty) return;
    event.preventDefault();
    event.returnValue = "";  // older Chromium and Safari want a value
  }

  forms.forEach(function (form) {
    var mark = function (event) {
      if (event.target && event.target.type === "hidden") return;
      dirty = true;
      document.documentElement.setAttribute("data-unsaved", "oui");
    };
    form.addEventListener("input", mark);
    form.addEventListener("change", mark);
    form.addEventListener("submit", function () {
      dirty = false;
      document.documentElement.removeAttribute("data-unsaved");
    });
  });

  window.addEventListener("beforeunload", warn);
})();
