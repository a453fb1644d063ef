import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MockState } from '@/api/schemas/mock-control';
import { Badge } from '@/components/ui/badge';
import { mockStateQueryOptions } from '../queries';

type Account = MockState['accounts'][number];

interface DemoAccountsProps {
  onPick: (account: Account) => void;
  disabled?: boolean;
}

/** Lists the seeded demo accounts on the login page; mock mode only. */
export function DemoAccounts({ onPick, disabled = false }: DemoAccountsProps) {
  const { t } = useTranslation();
  const { data } = useQuery(mockStateQueryOptions());
  if (!data || data.accounts.length === 0) return null;
  return (
    <section className="card demo-accounts" aria-labelledby="demo-accounts-title">
      <h2 className="card__title" id="demo-accounts-title">
        {t('login.demoTitle')}
      </h2>
      <p className="field__hint">{t('login.demoHint')}</p>
      <ul className="demo-accounts__list">
        {data.accounts.map((account) => (
          <li key={account.email}>
            <button
              type="button"
              className="demo-accounts__item"
              disabled={disabled}
              aria-label={t('login.useAccount', { name: account.fullName })}
              onClick={() => onPick(account)}
            >
              <span className="demo-accounts__who">
                <span className="demo-accounts__name">{account.fullName}</span>
                <span className="demo-accounts__email">
                  {account.email} · {t('login.demoPassword', { password: account.password })}
                </span>
              </span>
              <span className="demo-accounts__roles">
                {account.roles.map((role) => (
                  <Badge key={role} tone="info">
                    {t(`roles.${role}`)}
                  </Badge>
                ))}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
