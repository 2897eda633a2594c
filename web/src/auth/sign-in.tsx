import { useState, type FormEvent } from 'react';
import { graphql } from '../__generated__/gql.ts';
import { request } from '../api.ts';
import { setToken } from './session.ts';

const SignInDoc = graphql(`
  mutation SignIn($username: String!, $password: String!) {
    signIn(username: $username, password: $password) {
      token
      expiresAt
    }
  }
`);

const box = {
  maxWidth: 320,
  margin: '12vh auto',
  padding: 24,
  border: '1px solid #ddd',
  borderRadius: 8,
  fontFamily: 'system-ui, "Noto Sans CJK SC", sans-serif',
  display: 'flex',
  flexDirection: 'column' as const,
  gap: 12,
};

/** The sign-in screen (issue 7): every request but this one needs a token. */
export function SignIn() {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = await request(SignInDoc, { username, password });
      setToken(r.signIn.token);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form style={box} onSubmit={submit} data-testid="sign-in">
      <h2 style={{ margin: 0 }}>两新组织党建覆盖地图 · 登录</h2>
      <Field label="用户名 (username)" name="username" value={username} set={setUsername} />
      <Field
        label="密码 (password)"
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        set={setPassword}
      />
      <button type="submit" disabled={busy}>
        {busy ? '登录中…' : '登录'}
      </button>
      {error && (
        <p role="alert" style={{ color: '#b00', margin: 0 }}>
          {error}
        </p>
      )}
    </form>
  );
}

/** A labelled, required input of the form (autocomplete by its name unless told). */
function Field(props: {
  label: string;
  name: string;
  type?: string;
  autoComplete?: string;
  value: string;
  set: (value: string) => void;
}) {
  return (
    <label>
      {props.label}
      <input
        name={props.name}
        type={props.type}
        autoComplete={props.autoComplete ?? props.name}
        value={props.value}
        onChange={(e) => props.set(e.target.value)}
        style={{ width: '100%' }}
        required
      />
    </label>
  );
}
