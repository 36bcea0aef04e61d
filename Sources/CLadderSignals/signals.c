#define _GNU_SOURCE
#include "ladder_signals.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t terminating = 0;
static volatile sig_atomic_t resized = 0;
static volatile sig_atomic_t crashing = 0;
static int wake_pipe[2] = {-1, -1};
static void (*restore_callback)(void) = NULL;
static char restore_bytes[256];
static size_t restore_length = 0;

static void wake(void) {
    if (wake_pipe[1] < 0) return;
    int saved = errno;
    char byte = 1;
    ssize_t ignored = write(wake_pipe[1], &byte, 1);
    (void)ignored;
    errno = saved;
}

static void note_terminating(int sig) {
    terminating = sig;
    wake();
}

static void note_resize(int sig) {
    (void)sig;
    resized = 1;
    wake();
}

/* A crash must not leave the terminal raw or reporting the mouse. */
static void crash(int sig) {
    if (!crashing) {
        crashing = 1;
        if (restore_length > 0) {
            ssize_t ignored = write(STDOUT_FILENO, restore_bytes, restore_length);
            (void)ignored;
        }
        if (restore_callback) restore_callback();
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

static void handle(int sig, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    sigaction(sig, &action, NULL);
}

void ladder_signals_install(void (*restore)(void)) {
    restore_callback = restore;
    if (wake_pipe[0] < 0 && pipe2(wake_pipe, O_NONBLOCK | O_CLOEXEC) != 0) {
        wake_pipe[0] = wake_pipe[1] = -1;
    }
    /* A parent may have left these blocked; the app needs them. */
    sigset_t wanted;
    sigemptyset(&wanted);
    int needed[] = {SIGTERM, SIGHUP, SIGINT, SIGPIPE, SIGWINCH, SIGCONT};
    for (size_t i = 0; i < sizeof needed / sizeof needed[0]; i++) sigaddset(&wanted, needed[i]);
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);

    handle(SIGTERM, note_terminating);
    handle(SIGHUP, note_terminating);
    handle(SIGINT, note_terminating);
    /* A broken pipe (the terminal's connection gone, or `kill -PIPE`) ends the
     * app like SIGTERM: it saves and restores the terminal; writes that fail
     * meanwhile fail with EPIPE instead of killing it half-way. */
    /* Left ignored when the caller ignores it (plain output into `| head`). */
    struct sigaction pipe_action;
    if (sigaction(SIGPIPE, NULL, &pipe_action) == 0 && pipe_action.sa_handler != SIG_IGN) {
        handle(SIGPIPE, note_terminating);
    }
    handle(SIGWINCH, note_resize);
    /* Faults, and signals whose default ends the process (or dumps core),
     * must not end it with the terminal raw. */
    int fatal[] = {SIGSEGV, SIGILL,  SIGTRAP,   SIGABRT, SIGBUS,  SIGFPE,  SIGQUIT,
                   SIGUSR1, SIGUSR2, SIGALRM,   SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ};
    for (size_t i = 0; i < sizeof fatal / sizeof fatal[0]; i++) handle(fatal[i], crash);
}

void ladder_signals_set_restore_bytes(const char *bytes) {
    size_t length = bytes ? strlen(bytes) : 0;
    if (length >= sizeof restore_bytes) length = sizeof restore_bytes - 1;
    restore_length = 0;
    if (length > 0) memcpy(restore_bytes, bytes, length);
    restore_length = length;
}

void ladder_signals_forget_restore(void) {
    restore_length = 0;
    restore_callback = NULL;
}

int ladder_signals_take_terminating(void) {
    int sig = terminating;
    terminating = 0;
    return sig;
}

int ladder_signals_take_resize(void) {
    int was = resized;
    resized = 0;
    return was;
}

int ladder_signals_wake_fd(void) { return wake_pipe[0]; }

void ladder_signals_drain_wake(void) {
    if (wake_pipe[0] < 0) return;
    char buffer[64];
    while (read(wake_pipe[0], buffer, sizeof buffer) > 0) {
    }
}
