import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '@/api/schemas/session';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';

/** «Анна Сергеевна Иванова» → «АИ»: first name and surname, skipping the patronymic. */
function initials(fullName: string): string {
  const parts = fullName.trim().split(/\s+/);
  const first = parts[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1] ?? '') : '';
  return `${first.charAt(0)}${last.charAt(0)}`.toUpperCase();
}

interface UserMenuProps {
  user: User;
  loggingOut: boolean;
  onLogout: () => void;
}

/** A disclosure, not an ARIA menu: it holds text and one button, so Tab order is the natural one. */
export function UserMenu({ user, loggingOut, onLogout }: UserMenuProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const panelId = useId();

  // Closes on outside click and Escape: both are document-level events outside React's tree.
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="user-menu" ref={rootRef}>
      <Button
        variant="ghost"
        className="user-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="user-menu__avatar" aria-hidden="true">
          {initials(user.fullName)}
        </span>
        <span>{user.fullName}</span>
        <span className="visually-hidden">— {t('user.menu')}</span>
      </Button>
      <div className="user-menu__panel" id={panelId} hidden={!open}>
        <p className="visually-hidden">{t('user.signedInAs')}</p>
        <p className="user-menu__name">{user.fullName}</p>
        <p className="user-menu__email">{user.email}</p>
        <div className="user-menu__roles">
          {user.roles.map((role) => (
            <Badge key={role} tone="info">
              {t(`roles.${role}`)}
            </Badge>
          ))}
        </div>
        <Button variant="secondary" busy={loggingOut} onClick={onLogout}>
          {loggingOut ? t('user.loggingOut') : t('user.logout')}
        </Button>
      </div>
    </div>
  );
}
