// The session log on the gym floor: saved as it is typed, and kept on the tablet until the
// server has it, so nothing typed is lost when the connection drops. The server answers each
// save with the draft's new version, which the next save (or the Save and Sign buttons) sends
// back. The copy on the tablet remembers the version it was typed on: a page showing a newer
// version (or a signed log) means the server has it, and the copy goes.
(function () {
  'use strict';
  // The copy kept on the tablet, unless the server has it already (the log is signed, or its
  // version is newer than the one the copy was typed on): then it is removed.
  function forget(session, serverVersion, signed) {
    var key = 'medex-session-draft-' + session;
    var kept = null;
    try {
      kept = JSON.parse(localStorage.getItem(key));
    } catch (ignored) { /* unreadable: nothing to restore */ }
    if (kept && Array.isArray(kept)) {
      kept = { version: serverVersion, fields: kept }; // kept before copies had versions
    }
    if (kept && (signed || serverVersion > kept.version)) {
      localStorage.removeItem(key);
      return null;
    }
    return kept;
  }

  var form = document.getElementById('session-form');
  var saved = document.getElementById('session-saved');
  if (!form) {
    if (saved) {
      forget(saved.dataset.session, Number(saved.dataset.version), saved.dataset.signed === 'true');
    }
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

  function typed() {
    return JSON.stringify(Array.from(fields().entries()));
  }

  function keep() {
    try {
      localStorage.setItem(key, JSON.stringify({ version: Number(version.value), fields: JSON.parse(typed()) }));
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
    var sent = typed();
    var data = fields();
    data.append('version', version.value);
    fetch(form.dataset.autosave, { method: 'POST', body: new URLSearchParams(data), credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          if (response.ok) {
            version.value = body.version;
            if (typed() === sent) {
              localStorage.removeItem(key);
            } else {
              keep(); // typed while this save was on its way: keep it, on the new version
            }
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
      keep();
      later(1500);
    }
  });
  form.addEventListener('change', function (event) {
    if (notSaved.indexOf(event.target.name) < 0) {
      keep();
      later(600);
    }
  });
  // Save and Sign wait for a save in flight, so that both do not send the same version. The copy
  // on the tablet stays until a page shows the server has it: the connection may drop right now.
  form.addEventListener('submit', function (event) {
    clearTimeout(timer);
    if (saving) {
      event.preventDefault();
      submitter = event.submitter;
    } else {
      keep();
    }
  });
  window.addEventListener('online', save);

  var kept = forget(form.dataset.session, Number(version.value), false);
  if (kept) {
    restore(kept.fields);
    show('Restored what was typed on this tablet and not yet saved; saving it now.', 'warn');
    save();
  }
}());
