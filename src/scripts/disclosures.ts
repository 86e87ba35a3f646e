// Header menus: Escape closes an open menu and returns focus to its button; a click elsewhere closes it.
const menus = [...document.querySelectorAll<HTMLDetailsElement>('details[data-disclosure]')];

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  for (const menu of menus) {
    if (menu.open && menu.contains(document.activeElement)) {
      menu.open = false;
      menu.querySelector('summary')?.focus();
    }
  }
});

document.addEventListener('click', (event) => {
  for (const menu of menus) {
    if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
  }
});
