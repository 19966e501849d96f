import {
  startTransition,
  Suspense,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { useHotkeys } from '@mantine/hooks';
import { useFirstPageIsShown, useFirstPageIsUsed } from '@/lib/first-page';

const FOCUSABLE = 'button, [href], select, input, [tabindex]:not([tabindex="-1"])';

/**
 * A header control whose code waits until the first page is on screen (Mantine's Menu and
 * Tooltip, floating-ui: none of it is needed to paint the page), or with `untilUsed` until the
 * customer also does something on the page (`firstPageUsed`: a first visit left alone does not
 * request it) or reaches the control (the pointer over it, the focus or a touch on it, a click,
 * its shortcut). Until then `placeholder` — the same button, looking the same — stands in its place,
 * and nothing done to it is lost: a focused stand-in hands the focus to the control when it
 * arrives, and a click on it is passed on (the menu opens, the panel too), and so is the
 * control's keyboard shortcut (`hotkey`, in `useHotkeys`' notation) pressed before the control
 * is there.
 */
export function AfterFirstPage({
  placeholder,
  hotkey,
  untilUsed = false,
  children,
}: {
  placeholder: ReactNode;
  hotkey?: string;
  untilUsed?: boolean;
  children: ReactNode;
}) {
  // all flip in a transition: the stand-in stays on screen until the control is ready
  const shown = useFirstPageIsShown();
  const used = useFirstPageIsUsed();
  const [reached, setReached] = useState(false);
  const [clicked, setClicked] = useState(false);
  const box = useRef<HTMLSpanElement>(null);
  const hadFocus = useRef(false);
  // read when the control arrives, whichever render committed it (a state could be stale there)
  const clickPending = useRef(false);
  // the control handles its own shortcut once it is there
  const arrivedYet = useRef(false);
  const press = () => {
    clickPending.current = true;
    startTransition(() => setClicked(true));
  };
  useHotkeys(
    hotkey ? [[hotkey, () => void (arrivedYet.current || press())]] : [],
    [], // inputs included, as the control's own
  );

  const arrived = () => {
    arrivedYet.current = true;
    const control = box.current?.querySelector<HTMLElement>(FOCUSABLE);
    if (hadFocus.current && document.activeElement === document.body) control?.focus();
    if (clickPending.current) {
      clickPending.current = false;
      control?.click();
    }
  };
  const reach = () => void (reached || startTransition(() => setReached(true)));
  const standIn = (
    <StandIn onClick={press} onReach={untilUsed ? reach : undefined} hadFocus={hadFocus}>
      {placeholder}
    </StandIn>
  );

  return (
    <span ref={box} style={{ display: 'contents' }}>
      <Suspense fallback={standIn}>
        {(untilUsed ? used || reached : shown) || clicked ? (
          <>
            {children}
            <Arrived onArrived={arrived} />
          </>
        ) : (
          standIn
        )}
      </Suspense>
    </span>
  );
}

function StandIn({
  onClick,
  onReach,
  hadFocus,
  children,
}: {
  onClick: () => void;
  onReach?: () => void;
  hadFocus: RefObject<boolean>;
  children: ReactNode;
}) {
  const ref = useRef<HTMLSpanElement>(null);
  // runs before the stand-in leaves the page: was the focus in it?
  useLayoutEffect(() => {
    const element = ref.current;
    return () => {
      if (element?.contains(document.activeElement)) hadFocus.current = true;
    };
  }, [hadFocus]);
  return (
    <span
      ref={ref}
      style={{ display: 'contents' }}
      onClickCapture={onClick}
      // a press is a click on its way: if the control arrives before the button is released,
      // the click would land on neither of them (e2e/color-scheme.spec.ts saw it)
      onPointerDownCapture={(event) => event.button === 0 && onClick()}
      onPointerOver={onReach}
      onFocus={onReach}
    >
      {children}
    </span>
  );
}

/** Mounts with the control (a Suspense boundary shows its content together), once. */
function Arrived({ onArrived }: { onArrived: () => void }) {
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    onArrived();
  });
  return null;
}
