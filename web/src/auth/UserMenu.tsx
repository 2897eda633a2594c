import { useTranslation } from 'react-i18next';
import { ToolbarItem } from '../shell/toolbar.tsx';
import { signOut, useMe } from './auth-gate.tsx';

const ROLE_NAMES: Record<string, string> = {
  DISTRICT_ADMIN: '区级管理员',
  SUBDISTRICT_ADMIN: '街道管理员',
  GRID_MANAGER: '网格长',
  PLANNER: '规划人员',
  ANALYST: '分析人员',
};
const ROLE_NAMES_EN: Record<string, string> = {
  DISTRICT_ADMIN: 'district admin',
  SUBDISTRICT_ADMIN: 'subdistrict admin',
  GRID_MANAGER: 'grid manager',
  PLANNER: 'planner',
  ANALYST: 'analyst',
};

/** Who is signed in (name, role) and a sign-out button, in the header toolbar. */
export function UserMenu() {
  const me = useMe();
  const { i18n } = useTranslation();
  if (!me) return null;
  const en = i18n.language === 'en';
  return (
    <ToolbarItem>
      <span className="user-menu" data-testid="user-menu" title={me.username}>
        {me.displayName} · {(en ? ROLE_NAMES_EN : ROLE_NAMES)[me.role] ?? me.role}{' '}
        <button data-testid="sign-out" onClick={() => void signOut()}>
          {en ? 'Sign out' : '退出'}
        </button>
      </span>
    </ToolbarItem>
  );
}
