import { useQueryClient } from '@tanstack/react-query';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { signOut, signOutEverywhere } from '../auth/api';
import { forgetSession, type Session } from '../auth/session';
import { useT } from '../i18n/useT';

export function UserMenu({ session }: { session: Session }) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  async function onAction(key: React.Key) {
    if (key === 'profile') {
      navigate('/profile');
      return;
    }
    await (key === 'everywhere' ? signOutEverywhere() : signOut());
    forgetSession(queryClient);
    navigate('/sign-in');
  }

  return (
    <MenuTrigger>
      <Button className="user-menu__button" aria-label={t('shell.userMenu', { name: session.user.name })}>
        <span aria-hidden="true">{session.user.name}</span> <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="popover" placement="bottom end">
        <Menu className="menu" onAction={(key) => void onAction(key)}>
          <MenuItem id="profile" className="menu__item">
            {t('shell.profile')}
          </MenuItem>
          <MenuItem id="sign-out" className="menu__item">
            {t('shell.signOut')}
          </MenuItem>
          <MenuItem id="everywhere" className="menu__item">
            {t('shell.signOutEverywhere')}
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
