/* The site's maps (Leaflet, vendor/leaflet/), shared by the wizard's shop map
 * (shop-map.js) and the directory's (directory.js): the tiles, their credit and the marker
 * icon, all read from the map box's data-* attributes (tiles-url, attribution, icon-url,
 * icon-retina-url, shadow-url), so that the server decides where tiles come from.
 */
(function () {
  "use strict";

  window.siteMap = function (box) {
    var text = box.dataset;
    box.hidden = false;
    var map = L.map(box, { scrollWheelZoom: false });
    L.tileLayer(text.tilesUrl, {
      attribution: text.attribution,
      maxZoom: 19,
      // The site sends no Referer to other origins; tile servers ask for the site's origin.
      referrerPolicy: "strict-origin-when-cross-origin",
    }).addTo(map);
    var icon = L.icon({
      iconUrl: text.iconUrl,
      iconRetinaUrl: text.iconRetinaUrl,
      shadowUrl: text.shadowUrl,
      iconSize: [25, 41],
      iconAnchor: [12, 41],
      popupAnchor: [1, -34],
      shadowSize: [41, 41],
    });
    return { map: map, icon: icon };
  };
})();
