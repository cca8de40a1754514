/* The shop directory (templates/shops/storefront/directory.html): « Autour de moi » and the map.
 *
 * The browser's position is asked only when the customer presses « Autour de moi »; it is
 * rounded to about ten metres, put in the form's hidden lat/lon fields and the form is sent
 * (a GET: the server sorts the shops by distance and checks the position is in France). The
 * « près de » commune field is emptied then, since a typed commune wins over a position.
 *
 * The map (Leaflet, vendor/leaflet/) shows a marker per listed shop, each linking to its
 * storefront, and the circle searched. Without tiles (offline, blocked) it stays a grey box
 * of fixed size beside or above the list; without JavaScript it stays hidden and the list,
 * which never depends on it, is the whole page. Texts come translated from data-* attributes.
 */
(function () {
  "use strict";

  var DIGITS = 4; // about 11 m: enough for « à 350 m », no more of her position than needed

  function setUpLocate(form) {
    var locate = form.querySelector("[data-locate]");
    var status = form.querySelector("[data-locate-status]");
    if (!locate || !("geolocation" in navigator)) return;
    locate.hidden = false;
    locate.addEventListener("click", function () {
      status.textContent = locate.dataset.locating;
      locate.disabled = true;
      navigator.geolocation.getCurrentPosition(
        function (position) {
          form.elements.lat.value = position.coords.latitude.toFixed(DIGITS);
          form.elements.lon.value = position.coords.longitude.toFixed(DIGITS);
          form.elements.pres.value = "";
          form.submit();
        },
        function () {
          status.textContent = locate.dataset.denied;
          locate.disabled = false;
        },
        { enableHighAccuracy: false, timeout: 20000, maximumAge: 60000 }
      );
    });
  }

  function popup(marker) {
    var box = document.createElement("div");
    var link = document.createElement("a");
    link.href = marker.url;
    link.textContent = marker.name;
    box.appendChild(link);
    if (marker.away) {
      var away = document.createElement("div");
      away.textContent = marker.away;
      box.appendChild(away);
    }
    return box;
  }

  function setUpMap(box, places) {
    var text = box.dataset;
    var made = window.siteMap(box);
    var map = made.map;
    var icon = made.icon;
    map.on("popupopen", function (event) {
      // Leaflet names its close button in English.
      var close = event.popup.getElement().querySelector(".leaflet-popup-close-button");
      if (close) close.setAttribute("aria-label", text.closeLabel);
    });
    var bounds = [];
    places.markers.forEach(function (place) {
      var point = [place.lat, place.lon];
      L.marker(point, { icon: icon, title: place.name, alt: place.name })
        .bindPopup(popup(place))
        .addTo(map);
      bounds.push(point);
    });
    if (places.centre) {
      var centre = L.latLng(places.centre.lat, places.centre.lon);
      map.fitBounds(centre.toBounds(places.centre.radius * 2), {
        paddingTopLeft: [12, 40],
        paddingBottomRight: [12, 12],
      });
      L.circle(centre, {
        radius: places.centre.radius,
        weight: 1,
        fillOpacity: 0.05,
        interactive: false,
      }).addTo(map);
    } else if (bounds.length) {
      // Markers stand above their point: more room at the top.
      map.fitBounds(bounds, {
        paddingTopLeft: [24, 48],
        paddingBottomRight: [24, 12],
        maxZoom: 15,
      });
    }
  }

  var form = document.querySelector("[data-near-form]");
  if (form) setUpLocate(form);
  var box = document.querySelector("[data-directory-map]");
  var data = document.getElementById("directory-map-places");
  if (box && data && window.L && window.siteMap) setUpMap(box, JSON.parse(data.textContent));
})();
