/*
 * The floor for ladder's benchmark: the least a program can do to show the
 * same page through ncurses. It reads a text file, draws a header, the lines
 * in a 72-column measure centred like ladder's reader, and a status bar,
 * then scrolls one line per `j` (ncurses picks the cheapest update, with
 * idlok on, exactly as ladder asks it to) until `q`.
 *
 * Build: cc -O2 -o ladder-floor floor.c -lncursesw
 * Usage: ladder-floor FILE
 */
#include <curses.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MEASURE = 72 };

static char **read_lines(const char *path, int *count) {
    FILE *file = fopen(path, "r");
    if (!file) {
        perror(path);
        exit(66);
    }
    int capacity = 1024;
    char **lines = malloc(sizeof(char *) * capacity);
    char *line = NULL;
    size_t size = 0;
    ssize_t length;
    *count = 0;
    while ((length = getline(&line, &size, file)) >= 0) {
        if (length > 0 && line[length - 1] == '\n') line[length - 1] = '\0';
        if (*count == capacity) {
            capacity *= 2;
            lines = realloc(lines, sizeof(char *) * capacity);
        }
        lines[(*count)++] = strdup(line);
    }
    free(line);
    fclose(file);
    return lines;
}

static void draw(char **lines, int count, int top) {
    int rows = LINES, columns = COLS;
    int left = columns > MEASURE ? (columns - MEASURE) / 2 : 0;
    attron(COLOR_PAIR(1) | A_BOLD);
    mvaddstr(0, 1, "Floor: the same page through plain ncurses");
    attroff(COLOR_PAIR(1) | A_BOLD);
    clrtoeol();
    for (int row = 1; row < rows - 1; row++) {
        move(row, 0);
        clrtoeol();
        int index = top + row - 1;
        if (index < count) mvaddstr(row, left, lines[index]);
    }
    attron(COLOR_PAIR(2));
    mvaddstr(rows - 1, 1, "j line  q quit");
    attroff(COLOR_PAIR(2));
    clrtoeol();
    refresh();
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: ladder-floor FILE\n");
        return 64;
    }
    int count = 0;
    char **lines = read_lines(argv[1], &count);
    setlocale(LC_ALL, "");
    initscr();
    raw();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    idlok(stdscr, TRUE);
    curs_set(0);
    if (has_colors()) {
        start_color();
        use_default_colors();
        init_pair(1, COLOR_CYAN, -1);
        init_pair(2, COLOR_WHITE, -1);
    }
    int top = 0;
    draw(lines, count, top);
    for (;;) {
        int key = getch();
        if (key == 'q' || key == ERR) break;
        if (key == 'j' && top + 1 < count) draw(lines, count, ++top);
    }
    endwin();
    return 0;
}
