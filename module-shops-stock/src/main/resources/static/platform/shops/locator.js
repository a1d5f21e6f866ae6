// The store locator's two additions to a page that works without them: « around me » (the browser's position, asked
// only when the visitor presses the button) and the map of the sites found (markers; tiles only from the tenant's own
// tile server, when it set one).
(function () {
    'use strict';

    function locateMe(button) {
        var form = button.closest('form');
        var status = document.querySelector('.g-locate-status');
        button.classList.remove('d-none');
        button.addEventListener('click', function () {
            navigator.geolocation.getCurrentPosition(function (position) {
                var where = form.querySelector('[name=where]');
                where.value = position.coords.latitude.toFixed(5) + ', ' + position.coords.longitude.toFixed(5);
                form.submit();
            }, function () {
                status.textContent = button.getAttribute('data-denied');
                status.classList.remove('visually-hidden');
            }, {timeout: 10000, maximumAge: 60000});
        });
    }

    function drawMap(element) {
        if (typeof L === 'undefined') {
            return;
        }
        var from = element.getAttribute('data-from').split(',').map(Number);
        var map = L.map(element, {attributionControl: true});
        var tiles = element.getAttribute('data-tiles');
        if (tiles) {
            L.tileLayer(tiles, {maxZoom: 19, attribution: element.getAttribute('data-attribution') || ''}).addTo(map);
        }
        var points = [from];
        L.circleMarker(from, {radius: 6}).addTo(map);
        (element.getAttribute('data-sites') || '').split(';').filter(Boolean).forEach(function (entry, index) {
            var parts = entry.split('|');
            var point = [Number(parts[2]), Number(parts[3])];
            points.push(point);
            L.marker(point, {title: (index + 1) + '. ' + parts[1], alt: parts[1]}).addTo(map);
        });
        map.fitBounds(L.latLngBounds(points), {padding: [24, 24]});
    }

    document.addEventListener('DOMContentLoaded', function () {
        var button = document.querySelector('.g-locate-me');
        if (button && navigator.geolocation) {
            locateMe(button);
        }
        var map = document.querySelector('.g-map');
        if (map) {
            drawMap(map);
        }
    });
})();
