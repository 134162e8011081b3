// What the mock knows of each account beyond the demo user: disabled, version, timestamps, and
// its authenticator (TOTP secret, recovery codes). Kept per `db.users` array, which db.reset()
// replaces, so a reset forgets accounts, enrolments and changes along with everything else.
import type { Account } from "../../src/domain";
import type { DemoUser } from "../demoDataset";
import type { MockDb } from "../mockDb";

export interface MockAccountState {
  disabled: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Base32 TOTP secret once an authenticator is confirmed. */
  totpSecret: string | null;
  /** The last TOTP step accepted, so a code works once. */
  totpLastStep: number | null;
  recoveryCodes: string[];
  /** The unconfirmed secret of an enrolment in progress. */
  pendingSecret: string | null;
}

/** When the demo accounts were "created": fixed, so every run shows the same list. */
const demoAccountsCreatedAt = "2024-01-08T09:00:00.000Z";

const statesByUsers = new WeakMap<DemoUser[], Map<string, MockAccountState>>();

export function accountState(db: MockDb, userId: string): MockAccountState {
  let states = statesByUsers.get(db.users);
  if (!states) {
    states = new Map();
    statesByUsers.set(db.users, states);
  }
  let state = states.get(userId);
  if (!state) {
    state = {
      disabled: false,
      version: 1,
      createdAt: demoAccountsCreatedAt,
      updatedAt: demoAccountsCreatedAt,
      totpSecret: null,
      totpLastStep: null,
      recoveryCodes: [],
      pendingSecret: null,
    };
    states.set(userId, state);
  }
  return state;
}

export function toAccount(db: MockDb, user: DemoUser): Account {
  const state = accountState(db, user.id);
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: [...user.roles],
    disabled: state.disabled,
    mfaEnrolled: state.totpSecret !== null,
    createdAt: state.createdAt,
    updatedAt: state.updatedAt,
    version: state.version,
  };
}

export function accountsOf(db: MockDb): Account[] {
  return db.users.map((user) => toAccount(db, user));
}
