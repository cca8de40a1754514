// The cohort's certificates: follows the ZIP's preparation until it can be downloaded.
(function () {
  var box = document.getElementById("batch");
  var download = document.getElementById("batch-download");
  if (!box || !download || !download.hidden) { return; }
  function poll() {
    fetch(box.dataset.statusUrl, {credentials: "same-origin"}).then(function (r) { return r.json(); }).then(function (s) {
      document.getElementById("batch-progress").value = s.percent;
      document.getElementById("batch-count").textContent = s.done + " / " + s.total;
      document.getElementById("batch-label").firstChild.textContent = s.label + " · ";
      if (s.archive) {
        download.querySelector("a").href = s.archive; download.hidden = false;
      } else { setTimeout(poll, 1000); }
    }).catch(function () { setTimeout(poll, 3000); });
  }
  poll();
})();
