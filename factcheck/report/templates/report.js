(function () {
  "use strict";
  var current = null;

  function show(detailId) {
    var detail = document.getElementById(detailId);
    if (!detail || !detail.classList.contains("detail")) {
      return;
    }
    if (current) {
      current.hidden = true;
    }
    detail.hidden = false;
    current = detail;
    var empty = document.getElementById("panel-empty");
    if (empty) {
      empty.hidden = true;
    }
    var marks = document.querySelectorAll("mark.claim[data-detail]");
    for (var i = 0; i < marks.length; i++) {
      marks[i].classList.toggle("selected", marks[i].getAttribute("data-detail") === detailId);
    }
  }

  // One floating tooltip, kept inside the window whatever the side of the page the figure is on.
  var tip = document.createElement("div");
  tip.id = "tip";
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  document.body.appendChild(tip);

  function showTip(mark) {
    tip.textContent = mark.getAttribute("data-tip");
    tip.hidden = false;
    var box = mark.getBoundingClientRect();
    var left = Math.max(8, Math.min(box.left, window.innerWidth - tip.offsetWidth - 8));
    var top = box.bottom + 6;
    if (top + tip.offsetHeight > window.innerHeight - 8 && box.top > tip.offsetHeight + 14) {
      top = box.top - tip.offsetHeight - 6;
    }
    tip.style.left = (left + window.scrollX) + "px";
    tip.style.top = (top + window.scrollY) + "px";
  }

  function tipTarget(event) {
    return event.target instanceof Element ? event.target.closest("mark.claim[data-tip]") : null;
  }

  document.addEventListener("mouseover", function (event) {
    var mark = tipTarget(event);
    if (mark) {
      showTip(mark);
    }
  });
  document.addEventListener("focusin", function (event) {
    var mark = tipTarget(event);
    if (mark) {
      showTip(mark);
    }
  });
  document.addEventListener("mouseout", function (event) {
    if (tipTarget(event)) {
      tip.hidden = true;
    }
  });
  document.addEventListener("focusout", function (event) {
    if (tipTarget(event)) {
      tip.hidden = true;
    }
  });

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target.closest("[data-detail]") : null;
    if (target) {
      show(target.getAttribute("data-detail"));
    }
  });

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if ((event.key === "Enter" || event.key === " ") && target instanceof Element &&
        target.matches("mark.claim[data-detail]")) {
      event.preventDefault();
      show(target.getAttribute("data-detail"));
    }
  });

  // Record each article block's resolved direction; tests read it from the DOM, readers never see it.
  var blocks = document.querySelectorAll("[data-article], [data-article] > .text");
  for (var j = 0; j < blocks.length; j++) {
    blocks[j].setAttribute("data-direction", window.getComputedStyle(blocks[j]).direction);
  }

  // The filter: levels and rules shown. Findings rows of other levels or rules are hidden and the
  // highlights of claims with no shown outcome are muted (the text itself always stays). The state
  // lives in the address as #levels=error,warning&rules=FC101, so a filtered view can be linked.
  var filters = document.getElementById("filters");
  var boxes = filters ? filters.querySelectorAll("input[type=checkbox]") : [];

  function chosen(name) {
    var picked = {};
    for (var i = 0; i < boxes.length; i++) {
      if (boxes[i].name === name && boxes[i].checked) {
        picked[boxes[i].value] = true;
      }
    }
    return picked;
  }

  function allChecked() {
    for (var i = 0; i < boxes.length; i++) {
      if (!boxes[i].checked) {
        return false;
      }
    }
    return true;
  }

  function applyFilter() {
    var levels = chosen("level");
    var rules = chosen("rule");
    function shows(token) {
      var parts = token.split(":");
      return levels[parts[0]] === true && (parts[1] === "" || rules[parts[1]] === true);
    }
    var rows = document.querySelectorAll("tr[data-level]");
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var visible = shows(rows[i].getAttribute("data-level") + ":" + rows[i].getAttribute("data-rule"));
      rows[i].hidden = !visible;
      shown += visible ? 1 : 0;
    }
    var marks = document.querySelectorAll("mark.claim[data-outcomes]");
    for (var j = 0; j < marks.length; j++) {
      var tokens = marks[j].getAttribute("data-outcomes").split(" ").filter(Boolean);
      marks[j].classList.toggle("muted", tokens.length > 0 && !tokens.some(shows));
    }
    for (var k = 0; k < boxes.length; k++) {
      boxes[k].toggleAttribute("checked", boxes[k].checked);
    }
    var status = document.getElementById("filter-status");
    if (status) {
      status.textContent = "Showing " + shown + " of " + rows.length + (rows.length === 1 ? " finding" : " findings");
    }
    document.body.setAttribute("data-filter", "levels=" + Object.keys(levels).join(",") +
                                "&rules=" + Object.keys(rules).join(","));
  }

  function stateFromAddress() {
    var hash = window.location.hash.slice(1);
    if (hash.indexOf("=") < 0) {
      return false;
    }
    var wanted = {};
    hash.split("&").forEach(function (pair) {
      var parts = pair.split("=");
      if (parts.length === 2 && (parts[0] === "levels" || parts[0] === "rules")) {
        wanted[parts[0].slice(0, -1)] = decodeURIComponent(parts[1]).split(",");
      }
    });
    for (var i = 0; i < boxes.length; i++) {
      var list = wanted[boxes[i].name];
      boxes[i].checked = list === undefined || list.indexOf(boxes[i].value) >= 0;
    }
    return true;
  }

  function stateToAddress() {
    var address = window.location.pathname + window.location.search;
    if (!allChecked()) {
      var levels = Object.keys(chosen("level")).join(",");
      var rules = Object.keys(chosen("rule")).join(",");
      address += "#levels=" + levels + (filters.querySelector("input[name=rule]") ? "&rules=" + rules : "");
    }
    try {
      window.history.replaceState(null, "", address);
    } catch (ignored) {
      // a page opened from a file may refuse a new address; the filter works all the same
    }
  }

  if (filters) {
    filters.hidden = false;
    filters.addEventListener("change", function () {
      applyFilter();
      stateToAddress();
    });
    document.getElementById("filters-all").addEventListener("click", function () {
      for (var i = 0; i < boxes.length; i++) {
        boxes[i].checked = true;
      }
      applyFilter();
      stateToAddress();
    });
    window.addEventListener("hashchange", function () {
      if (stateFromAddress()) {
        applyFilter();
      }
    });
    stateFromAddress();
    applyFilter();
  }

  if (window.location.hash.length > 1 && window.location.hash.indexOf("=") < 0) {
    var opened = document.getElementById(window.location.hash.slice(1));
    if (opened && opened.hasAttribute("data-detail")) {
      show(opened.getAttribute("data-detail"));
    }
  }
  document.body.setAttribute("data-ready", "1");
})();
