/** A bad flag or setting: the command prints the message and exits 2 before any sign-in, browser or mail. */
export class UsageError extends Error {}
/** A failure the command explains in its message (sign-in, mail): printed as it is, exit 1. */
export class RunError extends Error {}
