/* Title suggestions under every search box that has data-suggest-url (ARIA 1.2 combobox pattern).
   Progressive enhancement only: without this file the forms submit as usual. */
(function () {
  "use strict";

  var DELAY_MS = 180;
  var MIN_CHARS = 2;
  var counter = 0;

  function enhance(input) {
    var form = input.form;
    var id = "search-suggestions-" + (++counter);
    var list = document.createElement("ul");
    var status = document.createElement("p");
    var timer = null;
    var controller = null;
    var options = [];
    var active = -1;

    list.id = id;
    list.className = "search-suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Suggested articles");
    list.hidden = true;
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", id);
    input.setAttribute("autocomplete", "off");
    form.classList.add("has-suggestions");
    input.insertAdjacentElement("afterend", list);
    list.insertAdjacentElement("afterend", status);

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function choose(index) {
      if (options[index]) {
        window.location.assign(options[index].url);
      }
    }

    function highlight(index) {
      var items = list.children;
      for (var i = 0; i < items.length; i++) {
        items[i].setAttribute("aria-selected", i === index ? "true" : "false");
      }
      active = index;
      if (index >= 0 && items[index]) {
        input.setAttribute("aria-activedescendant", items[index].id);
        items[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function render(results) {
      options = results;
      list.replaceChildren();
      results.forEach(function (result, index) {
        var item = document.createElement("li");
        item.id = id + "-" + index;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        item.textContent = result.title;
        item.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep focus in the box until the page changes
        });
        item.addEventListener("click", function () {
          choose(index);
        });
        list.appendChild(item);
      });
      active = -1;
      if (results.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
        status.textContent = results.length + (results.length === 1 ? " suggestion" : " suggestions") +
          ". Use the up and down arrows to choose one.";
      } else {
        close();
        status.textContent = "";
      }
    }

    function fetchSuggestions() {
      var value = input.value.trim();
      if (value.length < MIN_CHARS) {
        render([]);
        return;
      }
      if (controller) {
        controller.abort();
      }
      controller = new AbortController();
      var url = input.getAttribute("data-suggest-url") + "?q=" + encodeURIComponent(value);
      fetch(url, { headers: { Accept: "application/json" }, signal: controller.signal, credentials: "same-origin" })
        .then(function (response) {
          return response.ok ? response.json() : { results: [] };
        })
        .then(function (data) {
          if (input.value.trim() === value) {
            render(Array.isArray(data.results) ? data.results : []);
          }
        })
        .catch(function () {
          /* aborted or offline: the form still works */
        });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DELAY_MS);
    });

    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") {
        if (list.hidden && options.length) {
          list.hidden = false;
          input.setAttribute("aria-expanded", "true");
        }
        if (options.length) {
          event.preventDefault();
          highlight((active + 1) % options.length);
        }
      } else if (event.key === "ArrowUp") {
        if (options.length && !list.hidden) {
          event.preventDefault();
          highlight(active <= 0 ? options.length - 1 : active - 1);
        }
      } else if (event.key === "Enter") {
        if (!list.hidden && active >= 0) {
          event.preventDefault();
          choose(active);
        }
      } else if (event.key === "Escape") {
        if (!list.hidden) {
          event.preventDefault();
          close();
        }
      }
    });

    input.addEventListener("blur", function () {
      close();
    });
  }

  function start() {
    var inputs = document.querySelectorAll("input[data-suggest-url]");
    for (var i = 0; i < inputs.length; i++) {
      if (window.fetch && inputs[i].form) {
        enhance(inputs[i]);
      }
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
