/* Signal handling for ladder, in C because a handler may only touch
 * async-signal-safe state. One copy of each flag lives in signals.c.
 *
 * Terminating signals (SIGTERM, SIGHUP, SIGINT) and resizes (SIGWINCH) are
 * noted for the main loop, which is woken through a pipe it polls. Fatal
 * signals first put the terminal back (the restore bytes, then the restore
 * callback), then end the process as they would have. */
#ifndef LADDER_SIGNALS_H
#define LADDER_SIGNALS_H

/* Installs the handlers and creates the wake pipe. `restore` runs once
 * before a fatal signal ends the process; it may be NULL. */
void ladder_signals_install(void (*restore)(void));

/* Bytes written to standard output before `restore` on a fatal signal, such
 * as the sequences that turn mouse reporting off (at most 255 bytes). */
void ladder_signals_set_restore_bytes(const char *bytes);

/* Forgets the restore bytes and callback, once the terminal is restored. */
void ladder_signals_forget_restore(void);

/* Returns and clears the last terminating signal noted, or 0. */
int ladder_signals_take_terminating(void);

/* Returns 1 (and clears the note) when the window changed size. */
int ladder_signals_take_resize(void);

/* The end of the wake pipe to poll for reading; -1 before install. */
int ladder_signals_wake_fd(void);

/* Empties the wake pipe after it woke a poll. */
void ladder_signals_drain_wake(void);

#endif
