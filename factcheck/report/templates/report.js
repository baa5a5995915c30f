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

  if (window.location.hash.length > 1) {
    var opened = document.getElementById(window.location.hash.slice(1));
    if (opened && opened.hasAttribute("data-detail")) {
      show(opened.getAttribute("data-detail"));
    }
  }
  document.body.setAttribute("data-ready", "1");
})();
