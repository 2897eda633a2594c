import { ToolbarItem } from '../shell/toolbar.tsx';
import { signOut, useMe } from './auth-gate.tsx';

const ROLE_NAMES: Record<string, string> = {
  DISTRICT_ADMIN: '区级管理员',
  SUBDISTRICT_ADMIN: '街道管理员',
  GRID_MANAGER: '网格长',
  PLANNER: '规划人员',
  ANALYST: '分析人员',
};

/** Who is signed in (name, role) and a sign-out button, in the header toolbar. */
export function UserMenu() {
  const me = useMe();
  if (!me) return null;
  return (
    <ToolbarItem>
      <span className="user-menu" data-testid="user-menu" title={me.username}>
        {me.displayName} · {ROLE_NAMES[me.role] ?? me.role}{' '}
        <button data-testid="sign-out" onClick={() => void signOut()}>
          退出
        </button>
      </span>
    </ToolbarItem>
  );
}
