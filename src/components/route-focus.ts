import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After a move to another page, focus goes to the new page's h1, so a keyboard or
 * screen-reader user starts reading at the top of the page — not on a link of the
 * navigation (hidden again on a phone) nor on `<body>` because the button they
 * pressed is gone. A page that already put focus inside `<main>` (a wizard focusing
 * its step heading) keeps it; the first load and a change of `?region=` move nothing.
 */
export function useFocusOnRouteChange(mainId = 'main') {
  const { pathname } = useLocation();
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = document.getElementById(mainId);
    if (!main) return;
    const active = document.activeElement;
    if (active && active !== document.body && main.contains(active) && active !== main) return;
    const heading = main.querySelector<HTMLElement>('h1');
    const target = heading ?? main;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: false });
  }, [pathname, mainId]);
}
