import { ApolloProvider } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createConsoleClient, type ConsoleClient } from '../../app/apollo-client';
import { ConnectionMonitor } from '../../app/connection-monitor';
import { graphql } from '../../gql';

const STORAGE_KEY = 'livechat-oss-admin.session';

const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export interface SignedInAdmin {
  id: string;
  name: string;
  /** Nullable in the schema (a visitor sees none); an agent always sees its own. */
  email: string | null;
}

export interface StoredSession {
  token: string;
  admin: SignedInAdmin;
}

/** Why the login page is shown again, so it can say so. */
export type SignOutNotice = 'sessionEnded' | 'loggedOut' | 'disabled';

export interface AuthState {
  session: StoredSession | null;
  notice: SignOutNotice | null;
  monitor: ConnectionMonitor;
  signIn(session: StoredSession): void;
  /** Revokes the token on the server, then forgets it here. */
  logout(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

function loadSession(): StoredSession | null {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as StoredSession | null;
    return stored?.token && stored.admin?.id ? stored : null;
  } catch {
    return null;
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<StoredSession | null>(loadSession);
  const [notice, setNotice] = useState<SignOutNotice | null>(null);
  const token = session?.token ?? null;
  const currentToken = useRef(token);
  currentToken.current = token;
  const leavingToken = useRef<string | null>(null);

  const forget = useCallback((why: SignOutNotice) => {
    localStorage.removeItem(STORAGE_KEY);
    setSession(null);
    setNotice(why);
  }, []);

  const monitor = useMemo(() => new ConnectionMonitor(), [token]);
  const client: ConsoleClient = useMemo(
    () =>
      createConsoleClient({
        token,
        monitor,
        onAuthLost: () => {
          // A logout revokes the token and closes the socket; that is not an expired session.
          if (!token || currentToken.current !== token || leavingToken.current === token) return;
          forget('sessionEnded');
        },
        onAccountDisabled: () => {
          if (currentToken.current === token) forget('disabled');
        },
      }),
    [token, monitor, forget],
  );
  // Disposed when replaced (sign-in, sign-out), not on unmount: StrictMode's trial unmount
  // would otherwise dispose a client that stays in use.
  const previous = useRef<ConsoleClient | null>(null);
  useEffect(() => {
    if (previous.current && previous.current !== client) previous.current.dispose();
    previous.current = client;
  }, [client]);

  const signIn = useCallback((next: StoredSession) => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    setNotice(null);
    setSession(next);
  }, []);

  const logout = useCallback(async () => {
    leavingToken.current = token;
    try {
      await client.apollo.mutate({ mutation: LogoutMutation });
    } catch {
      // The token is forgotten here anyway; an unreachable server cannot keep the agent signed in.
    }
    forget('loggedOut');
  }, [client, token, forget]);

  const value = useMemo<AuthState>(
    () => ({ session, notice, monitor, signIn, logout }),
    [session, notice, monitor, signIn, logout],
  );
  return (
    <AuthContext.Provider value={value}>
      <ApolloProvider client={client.apollo}>{children}</ApolloProvider>
    </AuthContext.Provider>
  );
}

export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth needs an AuthProvider');
  return value;
}

/** The signed-in agent; only for screens behind the login. */
export function useMe(): SignedInAdmin {
  const { session } = useAuth();
  if (!session) throw new Error('useMe needs a signed-in agent');
  return session.admin;
}
