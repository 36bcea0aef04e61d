/* Thin C accessors for the parts of ncursesw that Swift cannot import as is:
 * globals (unsafe under strict concurrency), function-like macros, and the
 * signal plumbing that must run in C. Only LadderTerminal imports this. */
#ifndef LADDER_CNCURSES_SHIM_H
#define LADDER_CNCURSES_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/panel.h>

static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline WINDOW *cn_curscr(void) { return curscr; }
static inline FILE *cn_stdin(void) { return stdin; }
static inline FILE *cn_stdout(void) { return stdout; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_italic(void) { return A_ITALIC; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }

static inline mmask_t cn_mouse_wheel_up(void) { return BUTTON4_PRESSED; }
#ifdef BUTTON5_PRESSED
static inline mmask_t cn_mouse_wheel_down(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t cn_mouse_wheel_down(void) { return 0; }
#endif
static inline mmask_t cn_mouse_click(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED; }

/* Columns the C library gives a wide character (what the terminal uses). */
static inline int cn_wcwidth(wchar_t c) { return wcwidth(c); }

/* Builds one cell: a grapheme of up to a few wide characters with attributes
 * and a colour pair. */
static inline int cn_set_cell(cchar_t *cell, const wchar_t *text, attr_t attrs, int pair) {
    return setcchar(cell, text, attrs, (NCURSES_PAIRS_T)0, &pair);
}

/* --- signals ---------------------------------------------------------- */

static volatile sig_atomic_t cn_pending_signal = 0;

static void cn_note_signal(int sig) { cn_pending_signal = sig; }

/* A crash must not leave the terminal raw: restore it, then die as before. */
static void cn_crash_handler(int sig) {
    endwin();
    signal(sig, SIG_DFL);
    raise(sig);
}

/* SIGTERM, SIGHUP and SIGINT become a flag the main loop polls; fatal
 * signals restore the terminal first. */
static inline void cn_install_signal_handlers(void) {
    /* A parent may have left these blocked; the app needs them. */
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGTERM);
    sigaddset(&wanted, SIGHUP);
    sigaddset(&wanted, SIGINT);
    sigaddset(&wanted, SIGWINCH);
    sigaddset(&wanted, SIGCONT);
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);

    struct sigaction quiet;
    memset(&quiet, 0, sizeof quiet);
    quiet.sa_handler = cn_note_signal;
    sigemptyset(&quiet.sa_mask);
    sigaction(SIGTERM, &quiet, NULL);
    sigaction(SIGHUP, &quiet, NULL);
    sigaction(SIGINT, &quiet, NULL);

    struct sigaction crash;
    memset(&crash, 0, sizeof crash);
    crash.sa_handler = cn_crash_handler;
    sigemptyset(&crash.sa_mask);
    sigaction(SIGSEGV, &crash, NULL);
    sigaction(SIGILL, &crash, NULL);
    sigaction(SIGTRAP, &crash, NULL);
    sigaction(SIGABRT, &crash, NULL);
    sigaction(SIGBUS, &crash, NULL);
    sigaction(SIGFPE, &crash, NULL);
    /* Signals whose default is to end the process (or dump core) must not
     * end it with the terminal raw either. */
    sigaction(SIGQUIT, &crash, NULL);
    sigaction(SIGUSR1, &crash, NULL);
    sigaction(SIGUSR2, &crash, NULL);
    sigaction(SIGALRM, &crash, NULL);
    sigaction(SIGVTALRM, &crash, NULL);
    sigaction(SIGPROF, &crash, NULL);
    sigaction(SIGXCPU, &crash, NULL);
    sigaction(SIGXFSZ, &crash, NULL);
}

/* Returns and clears the last terminating signal noted, or 0. */
static inline int cn_take_pending_signal(void) {
    int sig = cn_pending_signal;
    cn_pending_signal = 0;
    return sig;
}

#endif
