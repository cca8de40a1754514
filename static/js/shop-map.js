/* Storefront wizard, identity step: place the shop on a map (Leaflet, vendor/leaflet/).
 *
 * A tap on the map, a dragged marker or the browser's position (asked only when the merchant
 * presses the button, standing in her shop) fills the form's hidden latitude and longitude;
 * saving the form saves them, and the server checks they are in France. The address fields are
 * never touched. Without tiles (offline, blocked) the grey map still takes taps and the
 * marker; without JavaScript the map stays hidden and the form saves the address alone.
 * Texts come translated from the page (data-* attributes of the map).
 */
(function () {
  "use strict";

  var box = document.querySelector("[data-shop-map]");
  if (!box || !window.L || !window.siteMap) return;
  var form = box.closest("form");
  var latitude = form.querySelector("input[name=latitude]");
  var longitude = form.querySelector("input[name=longitude]");
  var status = form.querySelector("[data-position-status]");
  var locate = form.querySelector("[data-locate]");
  var forget = form.querySelector("[data-forget-position]");
  var FRANCE = [46.6, 2.4];
  var FRANCE_ZOOM = 5;
  var SHOP_ZOOM = 17;
  var text = box.dataset;
  var made = window.siteMap(box);
  var map = made.map;
  var icon = made.icon;
  var marker = null;

  function say(message) {
    status.textContent = message;
  }

  function changed() {
    // Seen by unsaved.js (a change inside the form): leaving without saving asks first.
    box.dispatchEvent(new Event("change", { bubbles: true }));
  }

  function write(latlng) {
    var point = latlng.wrap();
    latitude.value = point.lat.toFixed(6);
    longitude.value = point.lng.toFixed(6);
  }

  function place(latlng) {
    if (marker) {
      marker.setLatLng(latlng);
    } else {
      marker = L.marker(latlng, {
        draggable: true,
        icon: icon,
        title: text.markerLabel,
        alt: text.markerLabel,
      }).addTo(map);
      marker.on("dragend", function () {
        write(marker.getLatLng());
        say(text.placed);
        changed();
      });
    }
    forget.hidden = false;
  }

  function placeByMerchant(latlng) {
    place(latlng);
    write(latlng);
    say(text.placed);
    changed();
  }

  var saved = [parseFloat(latitude.value), parseFloat(longitude.value)];
  if (isFinite(saved[0]) && isFinite(saved[1])) {
    place(L.latLng(saved));
    map.setView(saved, SHOP_ZOOM);
  } else {
    map.setView(FRANCE, FRANCE_ZOOM);
  }

  map.on("click", function (event) {
    placeByMerchant(event.latlng);
  });

  forget.addEventListener("click", function () {
    if (marker) map.removeLayer(marker);
    marker = null;
    latitude.value = "";
    longitude.value = "";
    forget.hidden = true;
    say(text.forgotten);
    changed();
  });

  if (navigator.geolocation) {
    locate.hidden = false;
    locate.addEventListener("click", function () {
      say(text.locating);
      navigator.geolocation.getCurrentPosition(
        function (position) {
          var here = L.latLng(position.coords.latitude, position.coords.longitude);
          placeByMerchant(here);
          map.setView(here, SHOP_ZOOM);
        },
        function () {
          say(text.denied);
        },
        { enableHighAccuracy: true, timeout: 15000, maximumAge: 0 }
      );
    });
  }
})();
