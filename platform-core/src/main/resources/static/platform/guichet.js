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

// A file past its input's limit (data-max-bytes) is refused before the form leaves the page, so nothing typed is
// lost: the input is marked invalid with its translated message (data-too-large) and the form does not submit.
function guichetCheckFileSize(input) {
    var max = Number(input.getAttribute("data-max-bytes"));
    var tooLarge = false;
    for (var i = 0; i < input.files.length; i++) {
        if (input.files[i].size > max) {
            tooLarge = true;
        }
    }
    var message = tooLarge ? input.getAttribute("data-too-large") : "";
    input.setCustomValidity(message);
    input.classList.toggle("is-invalid", tooLarge);
    var feedback = document.getElementById(input.id + "-error");
    if (feedback) {
        feedback.textContent = message;
    }
    return !tooLarge;
}
document.addEventListener("change", function (event) {
    if (event.target.matches && event.target.matches("input[type=file][data-max-bytes]")) {
        guichetCheckFileSize(event.target);
    }
});
document.addEventListener("submit", function (event) {
    var inputs = event.target.querySelectorAll("input[type=file][data-max-bytes]");
    for (var i = 0; i < inputs.length; i++) {
        if (!guichetCheckFileSize(inputs[i])) {
            event.preventDefault();
            inputs[i].focus();
        }
    }
}, true);
