// The session log on the gym floor: saved as it is typed, and kept on the tablet while the
// connection is down, so nothing typed is lost. The server answers each save with the draft's
// new version, which the next save (or the Save and Sign buttons) sends back.
(function () {
  'use strict';
  var form = document.getElementById('session-form');
  if (!form) {
    return;
  }
  var status = document.getElementById('autosave-status');
  var version = form.querySelector('input[name="version"]');
  var key = 'medex-session-draft-' + form.dataset.session;
  var notSaved = ['version', 'action', 'addExercise', 'addAcknowledge', 'addNote'];
  var timer = null;
  var saving = false;
  var again = false;
  var submitter = null;

  function fields() {
    var data = new FormData(form);
    notSaved.forEach(function (name) { data.delete(name); });
    return data;
  }

  function keep() {
    try {
      localStorage.setItem(key, JSON.stringify(Array.from(fields().entries())));
    } catch (ignored) { /* private mode: nothing to keep */ }
  }

  function show(text, kind) {
    status.textContent = text;
    status.className = 'autosave ' + (kind || 'muted');
  }

  function save() {
    if (saving) {
      again = true;
      return;
    }
    saving = true;
    keep();
    var data = fields();
    data.append('version', version.value);
    fetch(form.dataset.autosave, { method: 'POST', body: new URLSearchParams(data), credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          if (response.ok) {
            version.value = body.version;
            localStorage.removeItem(key);
            var flags = body.flags || [];
            showFlags(flags);
            show('Saved ' + new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
              + (flags.length ? ': ' + flags.length + ' exercise response(s) to act on, marked above' : ''), flags.length ? 'warn' : 'ok');
          } else if (response.status === 409) {
            show('This log was changed on another screen: reload the page.', 'error');
          } else {
            var why = body.error || (body.errors || []).map(function (e) { return e.field + ' ' + e.message; }).join('; ');
            show('Not saved yet: ' + (why || 'error ' + response.status), 'error');
          }
        });
      })
      .catch(function () {
        show('Offline: kept on this tablet, saving when the connection is back.', 'error');
        setTimeout(save, 10000);
      })
      .then(function () {
        saving = false;
        if (again) {
          again = false;
          save();
        } else if (submitter) {
          var button = submitter;
          submitter = null;
          form.requestSubmit(button);
        }
      });
  }

  // The exercise-response flags beside their exercise, on the spot (the server numbers the kept exercises in order).
  function showFlags(flags) {
    var cards = Array.prototype.filter.call(form.querySelectorAll('.entry'), function (card) {
      var remove = card.querySelector('input[name$=".remove"]');
      return !(remove && remove.checked);
    });
    cards.forEach(function (card, position) {
      var box = card.querySelector('.flags');
      box.textContent = '';
      flags.filter(function (f) { return f.position === position; }).forEach(function (f) {
        var p = document.createElement('p');
        p.className = 'flag ' + f.decision.toLowerCase();
        var strong = document.createElement('strong');
        strong.textContent = (f.decision === 'STOP' ? 'Stop the session: ' : 'Adjust: ');
        p.appendChild(strong);
        p.appendChild(document.createTextNode(f.text));
        box.appendChild(p);
      });
    });
  }

  function later(delay) {
    clearTimeout(timer);
    timer = setTimeout(save, delay);
  }

  function restore(entries) {
    entries.forEach(function (pair) {
      var name = pair[0];
      var value = pair[1];
      form.querySelectorAll('[name="' + CSS.escape(name) + '"]').forEach(function (field) {
        if (field.type === 'radio' || field.type === 'checkbox') {
          field.checked = field.value === value;
        } else {
          field.value = value;
        }
      });
    });
  }

  form.addEventListener('input', function (event) {
    if (notSaved.indexOf(event.target.name) < 0) {
      later(1500);
    }
  });
  form.addEventListener('change', function (event) {
    if (notSaved.indexOf(event.target.name) < 0) {
      later(600);
    }
  });
  // Save and Sign wait for a save in flight, so that both do not send the same version.
  form.addEventListener('submit', function (event) {
    clearTimeout(timer);
    if (saving) {
      event.preventDefault();
      submitter = event.submitter;
    } else {
      localStorage.removeItem(key);
    }
  });
  window.addEventListener('online', save);

  var kept = localStorage.getItem(key);
  if (kept) {
    restore(JSON.parse(kept));
    show('Restored what was typed while offline; saving it now.', 'warn');
    save();
  }
}());
