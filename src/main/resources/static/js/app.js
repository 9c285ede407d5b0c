// Custodian's only script: CSRF header for htmx and the idle-session warning. No inline script (CSP).
(function () {
    'use strict';

    document.addEventListener('htmx:configRequest', function (event) {
        var token = document.querySelector('meta[name="_csrf"]');
        var header = document.querySelector('meta[name="_csrf_header"]');
        if (token && header) {
            event.detail.headers[header.content] = token.content;
        }
    });

    var body = document.body;
    var timeout = parseInt(body.dataset.sessionTimeout || '0', 10);
    var warning = parseInt(body.dataset.sessionWarning || '0', 10);
    var box = document.getElementById('session-warning');
    if (!timeout || !box) {
        return;
    }
    var warnTimer;
    var endTimer;

    function arm() {
        clearTimeout(warnTimer);
        clearTimeout(endTimer);
        box.hidden = true;
        warnTimer = setTimeout(function () {
            box.hidden = false;
            document.getElementById('session-keepalive').focus();
        }, Math.max(timeout - warning, 1) * 1000);
        endTimer = setTimeout(function () {
            window.location.href = (body.dataset.loginUrl || '/login') + '?expired';
        }, timeout * 1000);
    }

    document.getElementById('session-keepalive').addEventListener('click', function () {
        fetch('/session/keepalive', {credentials: 'same-origin'}).then(function (response) {
            if (response.ok) {
                arm();
            } else {
                window.location.href = '/login?expired';
            }
        });
    });
    document.addEventListener('htmx:afterRequest', arm);
    arm();
})();
