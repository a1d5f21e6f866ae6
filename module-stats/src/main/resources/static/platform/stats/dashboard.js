// Draws each figure's chart from its data-chart attribute (the table under it holds the same numbers); a click on a
// bar opens the list that bar counts. Runs again on the figures the page's minute refresh brings.
(function () {
    'use strict';

    var PALETTE = ['#0b5cad', '#c2410c', '#15803d', '#7e22ce', '#b91c1c', '#0e7490', '#a16207', '#be185d',
        '#4d7c0f', '#1d4ed8', '#9a3412', '#475569', '#6b7280'];

    function draw(root) {
        if (typeof Chart === 'undefined') {
            return;
        }
        var rtl = document.documentElement.getAttribute('dir') === 'rtl';
        root.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
            if (Chart.getChart(canvas)) {
                return;
            }
            var data = JSON.parse(canvas.getAttribute('data-chart'));
            var datasets = data.series.map(function (series, index) {
                var colour = PALETTE[index % PALETTE.length];
                return { label: series.name, data: series.values, links: series.links, backgroundColor: colour,
                    borderColor: colour };
            });
            new Chart(canvas, {
                type: 'bar',
                data: { labels: data.labels, datasets: datasets },
                options: {
                    responsive: true,
                    maintainAspectRatio: false,
                    animation: false,
                    locale: document.documentElement.lang || 'fr',
                    scales: {
                        x: { stacked: data.stacked, reverse: rtl },
                        y: { stacked: data.stacked, beginAtZero: true, position: rtl ? 'right' : 'left' }
                    },
                    plugins: { legend: { display: datasets.length > 1, rtl: rtl } },
                    onHover: function (event, elements) {
                        event.native.target.style.cursor = elements.length && link(datasets, elements[0]) ? 'pointer' : 'default';
                    },
                    onClick: function (event, elements) {
                        var href = elements.length ? link(datasets, elements[0]) : '';
                        if (href) {
                            window.location.assign(href);
                        }
                    }
                }
            });
        });
    }

    function link(datasets, element) {
        var links = datasets[element.datasetIndex].links || [];
        return links[element.index] || '';
    }

    document.addEventListener('DOMContentLoaded', function () { draw(document); });
    document.addEventListener('htmx:afterSettle', function (event) { draw(event.target.ownerDocument || document); });
}());
