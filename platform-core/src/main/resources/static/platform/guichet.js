// Guichet shell behaviour. Everything works without it; it only improves.
document.documentElement.classList.remove("no-js");

// HTMX requests carry the CSRF token the page was rendered with.
document.addEventListener("htmx:configRequest", function (event) {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token) {
        event.detail.headers[header.content] = token.content;
    }
});
