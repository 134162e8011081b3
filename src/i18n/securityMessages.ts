// Messages of signing in, the idle-session warning and the administrator's pages (accounts,
// audit log, settings), merged into en.ts.
export const securityMessages = {
  roles: {
    desk: "Desk officer",
    analyst: "Analyst",
    manager: "Manager",
    admin: "Administrator",
  },
  signIn: {
    signIn: "Sign in",
    signingIn: "Signing in…",
    idleSignedOut:
      "You were signed out after %{smart_count} minute without activity. Sign in again to carry on. |||| You were signed out after %{smart_count} minutes without activity. Sign in again to carry on.",
    startAgain: "Start again",
    code: "Code",
    codeHelp: "6 digits, or a recovery code like abcd-1234",
    verify: {
      title: "Enter your code",
      instructions:
        "Enter the 6-digit code from your authenticator app, or a recovery code.",
      submit: "Verify",
    },
    enrol: {
      title: "Set up your authenticator app",
      intro:
        "Your account needs a second step at sign-in. Install an authenticator app on your work phone (for example Microsoft Authenticator or Google Authenticator), then continue.",
      start: "Continue",
      scan: "Scan this QR code with your authenticator app.",
      qrAlt: "QR code to scan with your authenticator app",
      manual: "If you cannot scan it, enter this key in the app instead:",
      confirmInstructions:
        "Then enter the 6-digit code the app shows for PortSafe Desk.",
      confirm: "Confirm",
    },
    recovery: {
      title: "Save your recovery codes",
      intro:
        "If you lose your authenticator app, each of these codes lets you sign in once. Keep them somewhere safe, away from your phone. They will not be shown again.",
      listLabel: "Recovery codes",
      copy: "Copy codes",
      copied: "Recovery codes copied",
      saved: "I have saved these",
    },
  },
  idle: {
    title: "Are you still there?",
    warning:
      "For your security, PortSafe Desk will sign you out because there has been no activity for a while. Anything you have not saved will be lost.",
    countdown: "Signing out in %{time}",
    announce:
      "%{smart_count} second left before you are signed out |||| %{smart_count} seconds left before you are signed out",
    staySignedIn: "Stay signed in",
    signOutNow: "Sign out now",
  },
  accounts: {
    active: "Active",
    disabled: "Disabled",
    passwordHelp:
      "At least 12 characters. Three random words work well; no other rules.",
    disable: "Disable account",
    enable: "Re-enable account",
    disableTitle: "Disable %{name}'s account?",
    disableContent:
      "They are signed out everywhere at once and cannot sign in until an administrator re-enables the account.",
    enableTitle: "Re-enable %{name}'s account?",
    enableContent:
      "They can sign in again with their password and authenticator app.",
    disabledDone: "Account disabled; its sessions have ended",
    enabledDone: "Account re-enabled",
    resetPassword: "Reset password",
    resetTitle: "Reset %{name}'s password",
    resetContent:
      "Give them the new password in person or by phone, never by email. Their sessions end at once.",
    newPassword: "New password",
    resetDone: "Password reset; their sessions have ended",
    resetMfa: "Reset authenticator",
    resetMfaTitle: "Reset %{name}'s authenticator?",
    resetMfaContent:
      "For a lost or replaced phone. Their authenticator and recovery codes stop working and their sessions end at once; at their next sign-in they set up a new authenticator. Check who is asking before you do this.",
    resetMfaDone:
      "Authenticator reset; they set up a new one at their next sign-in",
    status: "Status",
    roleRequested:
      "%{roles} role requested for %{name}: another administrator must approve it |||| %{roles} roles requested for %{name}: another administrator must approve them",
    awaitingApproval: "awaiting approval: %{roles}",
    pendingNote:
      "Waiting for another administrator to approve: %{roles}. The account gets them once approved.",
    pendingGrants: {
      title: "Pending role grants",
      intro:
        "Roles that let someone read reports, or manage accounts, need a second administrator's approval.",
      item: "%{roles} for %{name}",
      askedBy: "Asked by %{name}, %{when}",
      approve: "Approve",
      reject: "Reject",
      approveLabel: "Approve %{roles} for %{name}",
      rejectLabel: "Reject %{roles} for %{name}",
      yourRequest:
        "You asked for this, so another administrator must approve it.",
      yourAccount:
        "This is for your own account, so another administrator must approve it.",
      approved: "%{name} now has %{roles}",
      rejected: "Request rejected: %{name} keeps the roles they had",
    },
  },
  audit: {
    exportCsv: "Export CSV",
    exported: "Audit log exported",
    verify: "Verify chain",
    verifying: "Checking the chain…",
    intact:
      "Chain intact: %{smart_count} row checked, none changed or removed. |||| Chain intact: %{smart_count} rows checked, none changed or removed.",
    tampered: "Tampering detected at row %{id}: %{problem}",
    detail: "Detail",
    detailOf: "Detail of row %{id}",
    detailTitle: "Row %{id}: %{action}",
    noDetail: "No further detail.",
    actionHelp: "The exact action, e.g. auth.login",
    actorHelp: "The person's name as it appears in the log",
  },
  settings: {
    menu: "Settings",
    title: "SLA settings",
    intro:
      "How quickly the desk must deal with a report. Saving restarts the clock of every new and in-triage report under the new times.",
    assess: "Risk assessment",
    action: "Action after assessment, by risk",
    assessWithin: "Assess within (minutes)",
    actionWithin: "%{risk} risk: action within (minutes)",
    saved: "SLA settings saved; running clocks restarted",
    adminOnly:
      "Only a system administrator can change the SLA settings; ask one if they need changing.",
    wholeMinutes: "enter a whole number of minutes",
    atLeast: "enter at least %{min} minute",
    atMost: "enter at most %{max} minutes (%{words})",
  },
};

/** The administrator's resources, under react-admin's resources.<name> keys. */
export const securityResourceMessages = {
  accounts: {
    name: "Account |||| Accounts",
    fields: {
      id: "Id",
      username: "Username",
      displayName: "Name",
      roles: "Roles",
      disabled: "Status",
      mfaEnrolled: "Authenticator set up",
      createdAt: "Created",
      updatedAt: "Last updated",
      password: "Password",
      q: "Search",
      role: "Role",
    },
  },
  audit: {
    name: "Audit event |||| Audit log",
    fields: {
      id: "Row",
      at: "When",
      actorName: "Who",
      action: "Action",
      entity: "Record type",
      entityId: "Record",
      ip: "From address",
      detail: "Detail",
      from: "From",
      to: "Up to",
    },
  },
};
