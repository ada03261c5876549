package app.hamish.ui.suggest;

import java.util.Arrays;

/**
 * Places in a list of suggestions, ascending, as plain ints: a key on the long article changes the offered list at
 * thousands of places, and the boxed lists of them were about a sixth of the background's garbage (decision 0057).
 */
final class Places {
    private int[] values = new int[16];
    private int size;

    /** Places 0 to {@code size} - 1: every one of a list. */
    static Places all(int size) {
        Places all = new Places();
        for (int i = 0; i < size; i++) {
            all.add(i);
        }
        return all;
    }


    void add(int place) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = place;
    }

    int get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return values[index];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }
}
